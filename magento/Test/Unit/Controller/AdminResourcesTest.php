<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Controller;

use ChannelMgr\Walmart\Controller\Adminhtml\Order\Cancel;
use ChannelMgr\Walmart\Controller\Adminhtml\Order\CancelPost;
use ChannelMgr\Walmart\Controller\Adminhtml\Orders\Index;
use ChannelMgr\Walmart\Controller\Adminhtml\Orders\MassRefresh;
use ChannelMgr\Walmart\Controller\Adminhtml\Orders\MassRetry;
use Magento\Backend\App\Action;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\App\Action\HttpPostActionInterface;
use PHPUnit\Framework\TestCase;

require_once __DIR__ . '/../Generated/CollectionFactory.php';

/**
 * Every admin action is guarded by its own ACL resource of etc/acl.xml and answers only its HTTP method.
 */
final class AdminResourcesTest extends TestCase
{
    private const CONTROLLERS = [
        Index::class => 'ChannelMgr_Walmart::orders',
        MassRetry::class => 'ChannelMgr_Walmart::retry',
        MassRefresh::class => 'ChannelMgr_Walmart::retry',
        Cancel::class => 'ChannelMgr_Walmart::cancel',
        CancelPost::class => 'ChannelMgr_Walmart::cancel',
    ];

    public function testEveryAdminControllerIsListedHere(): void
    {
        $found = [];
        foreach (glob(__DIR__ . '/../../../Controller/Adminhtml/*/*.php') as $file) {
            $found[] = 'ChannelMgr\\Walmart\\Controller\\Adminhtml\\' . basename(dirname($file)) . '\\'
                . basename($file, '.php');
        }
        sort($found);
        $listed = array_keys(self::CONTROLLERS);
        sort($listed);
        $this->assertSame($listed, $found);
    }

    public function testEachControllerDeclaresItsOwnAdminResource(): void
    {
        foreach (self::CONTROLLERS as $class => $resource) {
            $this->assertTrue(is_subclass_of($class, Action::class), $class);
            $constant = new \ReflectionClassConstant($class, 'ADMIN_RESOURCE');
            $this->assertSame($class, $constant->getDeclaringClass()->getName(), "$class overrides Magento's");
            $this->assertSame($resource, $constant->getValue(), $class);
        }
    }

    public function testEachAdminResourceIsDeclaredInAclXmlUnderTheChannelManager(): void
    {
        $acl = simplexml_load_file(__DIR__ . '/../../../etc/acl.xml');
        foreach (array_unique(self::CONTROLLERS) as $resource) {
            $this->assertCount(
                1,
                $acl->xpath("//resource[@id='Magento_Backend::marketing']"
                    . "/resource[@id='ChannelMgr_Walmart::channel_manager']//resource[@id='$resource']"),
                $resource
            );
        }
    }

    public function testPagesAnswerGetAndActionsThatChangeThingsAnswerPostOnly(): void
    {
        foreach ([Index::class, Cancel::class] as $class) {
            $this->assertTrue(is_subclass_of($class, HttpGetActionInterface::class), $class);
            $this->assertFalse(is_subclass_of($class, HttpPostActionInterface::class), $class);
        }
        foreach ([MassRetry::class, MassRefresh::class, CancelPost::class] as $class) {
            $this->assertTrue(is_subclass_of($class, HttpPostActionInterface::class), $class);
            $this->assertFalse(is_subclass_of($class, HttpGetActionInterface::class), $class);
        }
    }
}
