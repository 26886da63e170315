<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Controller;

use ChannelMgr\Walmart\Test\Unit\UnitTestCase;
use Magento\Backend\App\Action\Context;
use Magento\Backend\Model\View\Result\Page;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\Controller\Result\Redirect;
use Magento\Framework\Controller\ResultFactory;
use Magento\Framework\Message\ManagerInterface;
use Magento\Framework\View\Page\Config;
use Magento\Framework\View\Page\Title;

require_once __DIR__ . '/../Generated/CollectionFactory.php';

/**
 * An admin action's context: the request's parameters, the messages the action adds, the result it returns.
 */
abstract class ControllerTestCase extends UnitTestCase
{
    /** @var list<array{0: string, 1: string}> [type, text] in the order the action added them */
    protected array $messages = [];
    /** @var array{0: string, 1: array}|null the redirect's path and parameters */
    protected ?array $redirectedTo = null;
    /** @var list<string> the page's active menu item, then its title */
    protected array $page = [];

    protected function context(array $params): Context
    {
        $request = $this->createMock(RequestInterface::class);
        $request->method('getParam')->willReturnCallback(
            static fn ($key, $default = null) => $params[$key] ?? $default
        );
        $messages = $this->createMock(ManagerInterface::class);
        $messages->method('addErrorMessage')->willReturnCallback(function ($message) use ($messages) {
            $this->messages[] = ['error', (string) $message];
            return $messages;
        });
        $messages->method('addSuccessMessage')->willReturnCallback(function ($message) use ($messages) {
            $this->messages[] = ['success', (string) $message];
            return $messages;
        });

        $redirect = $this->createMock(Redirect::class);
        $redirect->method('setPath')->willReturnCallback(function ($path, array $params = []) use ($redirect) {
            $this->redirectedTo = [$path, $params];
            return $redirect;
        });
        $title = $this->createMock(Title::class);
        $title->method('prepend')->willReturnCallback(function ($prefix) {
            $this->page[] = 'title: ' . $prefix;
        });
        $config = $this->createMock(Config::class);
        $config->method('getTitle')->willReturn($title);
        $page = $this->createMock(Page::class);
        $page->method('getConfig')->willReturn($config);
        $page->method('setActiveMenu')->willReturnCallback(function ($itemId) use ($page) {
            $this->page[] = 'menu: ' . $itemId;
            return $page;
        });
        $results = $this->createMock(ResultFactory::class);
        $results->method('create')->willReturnMap([
            [ResultFactory::TYPE_REDIRECT, [], $redirect],
            [ResultFactory::TYPE_PAGE, [], $page],
        ]);

        $context = $this->createMock(Context::class);
        $context->method('getRequest')->willReturn($request);
        $context->method('getMessageManager')->willReturn($messages);
        $context->method('getResultFactory')->willReturn($results);
        return $context;
    }
}
