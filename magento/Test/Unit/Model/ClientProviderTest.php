<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Unit\Model;

use ChannelMgr\Walmart\Model\ClientProvider;
use ChannelMgr\Walmart\Model\Config;
use ChannelMgr\Walmart\Model\Sync\ClientProviderInterface;
use Magento\Framework\App\Config\ScopeConfigInterface;
use PHPUnit\Framework\TestCase;

/**
 * One ChannelMgr\Client per process, built from Stores > Configuration; the secret goes into it and nowhere else.
 */
final class ClientProviderTest extends TestCase
{
    private const SECRET = 'Zm9vYmFyLXMzY3IzdC1iYXo';

    /** @var list<string> every configuration path read */
    private array $read = [];

    private function provider(array $values): ClientProvider
    {
        $scope = $this->createMock(ScopeConfigInterface::class);
        $scope->method('getValue')->willReturnCallback(function ($path) use ($values) {
            $this->read[] = $path;
            return $values[substr($path, strlen(Config::PATH))] ?? null;
        });
        return new ClientProvider(new Config($scope));
    }

    /** @return array<string, string> what print_r() shows of the client, by property */
    private function shown(\ChannelMgr\Client $client): array
    {
        preg_match_all('/^\s+\[(\w+)\] => (.*)$/m', print_r($client, true), $m);
        return array_combine($m[1], $m[2]);
    }

    private function configured(): ClientProvider
    {
        return $this->provider([
            'client_id' => 'client-1',
            'client_secret' => self::SECRET,
            'base_url' => 'https://sandbox.walmartapis.com',
            'timeout_ms' => '7000',
            'connect_timeout_ms' => '1500',
        ]);
    }

    public function testTheClientIsBuiltFromTheConfiguration(): void
    {
        $provider = $this->configured();
        $this->assertInstanceOf(ClientProviderInterface::class, $provider);
        $client = $provider->client();

        $this->assertInstanceOf(\ChannelMgr\Client::class, $client);
        $shown = $this->shown($client);
        $this->assertSame('client-1', $shown['client_id']);
        $this->assertSame('https://sandbox.walmartapis.com', $shown['base_url']);
        $this->assertSame('7000', $shown['timeout_ms']);
        $this->assertSame('1500', $shown['connect_timeout_ms']);
    }

    public function testWithoutABaseUrlTheClientTalksToWalmartProduction(): void
    {
        $client = $this->provider(['client_id' => 'client-1', 'client_secret' => self::SECRET])->client();

        $shown = $this->shown($client);
        $this->assertSame('https://marketplace.walmartapis.com', $shown['base_url']);
        $this->assertSame('15000', $shown['timeout_ms']);
        $this->assertSame('3000', $shown['connect_timeout_ms']);
    }

    public function testTheSameClientServesTheWholeProcessAndTheConfigurationIsReadOnce(): void
    {
        $provider = $this->configured();
        $first = $provider->client();
        $reads = count($this->read);

        $this->assertSame($first, $provider->client());
        $this->assertSame($first, $provider->client());
        $this->assertSame($reads, count($this->read));
    }

    public function testNoDumpOfTheClientShowsTheSecret(): void
    {
        $client = $this->configured()->client();
        ob_start();
        var_dump($client);
        $dumps = [
            'var_dump' => (string) ob_get_clean(),
            'print_r' => print_r($client, true),
            'var_export' => var_export($client, true),
            'json_encode' => (string) json_encode($client),
            'array cast' => print_r((array) $client, true),
            'get_object_vars' => print_r(get_object_vars($client), true),
        ];
        foreach ($dumps as $how => $text) {
            $this->assertStringNotContainsString(self::SECRET, $text, $how);
            $this->assertStringNotContainsString('client_secret', $text, $how);
        }
        $this->assertStringContainsString('client-1', $dumps['print_r'], 'the dumps do show the client');
    }

    public function testTheClientCannotBeSerializedWithItsSecret(): void
    {
        $client = $this->configured()->client();

        $this->expectException(\Exception::class);
        $this->expectExceptionMessage("Serialization of 'ChannelMgr\\Client' is not allowed");
        serialize($client);
    }

    public function testTheProviderHandsOutNothingButTheClient(): void
    {
        $methods = array_map(
            static fn (\ReflectionMethod $m) => $m->getName(),
            (new \ReflectionClass(ClientProvider::class))->getMethods(\ReflectionMethod::IS_PUBLIC)
        );
        sort($methods);

        $this->assertSame(['__construct', 'client'], $methods);
    }

    public function testAnUnconfiguredSecretIsRefusedByNameWithoutBuildingAClient(): void
    {
        $provider = $this->provider(['client_id' => 'client-1']);

        try {
            $provider->client();
            $this->fail('refused');
        } catch (\ChannelMgr\ValidationException $e) {
            $this->assertSame('client_secret: must not be empty', $e->getMessage());
        }
    }

    public function testARefusedConfigurationNeverQuotesTheSecret(): void
    {
        $provider = $this->provider(['client_id' => 'client-1', 'client_secret' => self::SECRET,
            'base_url' => 'http://walmart.example']);

        try {
            $provider->client();
            $this->fail('refused');
        } catch (\ChannelMgr\ValidationException $e) {
            $this->assertStringStartsWith('base_url: must be an https:// URL', $e->getMessage());
            $this->assertStringNotContainsString(self::SECRET, (string) $e);
        }
    }
}
