<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Test\Engine;

use ChannelMgr\Walmart\TestLib\EngineTestCase;

final class RefreshTest extends EngineTestCase
{
    public function testRefreshFromWalmartShowsWhatWalmartShowsAndSendsNothing(): void
    {
        $this->order('PO-RF1', 501, [['item' => 5011, 'sku' => 'RF', 'qty' => 2]]);
        $this->order('PO-RF2', 502, [['item' => 5021, 'sku' => 'RF2']]);
        // shipped in Walmart Seller Center, not through Magento
        $this->assertTrue($this->client()->shipOrder(['purchase_order_id' => 'PO-RF1', 'seller_order_id' => '1',
            'tracking' => ['carrier' => 'ups', 'number' => 'SC-1'],
            'lines' => [['line_number' => 1, 'quantity' => 2]]])['ok']);
        $this->walmart->fault(['path' => '/v3/orders/PO-RF2', 'method' => 'GET', 'status' => 404, 'times' => 9,
            'body' => ['errors' => ['error' => [['code' => 'CONTENT_NOT_FOUND.GMP_ORDER_API', 'field' => 'x',
                'description' => 'Order not found', 'info' => 'x', 'severity' => 'INFO',
                'category' => 'APPLICATION']]]]]);
        $before = count($this->walmart->requests());

        $results = $this->engine()->refresh(['PO-RF1', 'PO-RF2']);

        $this->assertTrue($results['PO-RF1']['ok']);
        $this->assertFalse($results['PO-RF2']['ok']);
        $this->assertSame('Shipped', $this->moduleOrder('PO-RF1')['status']);
        $this->assertSame(2, $this->links->byPurchaseOrder('PO-RF1')['lines'][0]['shipped']);
        $this->assertSame('Error', $this->moduleOrder('PO-RF2')['status']);
        $this->assertNotSame('', $this->moduleOrder('PO-RF2')['status_details']);
        $after = array_slice($this->walmart->requests(), $before);
        $this->assertSame(['order'], array_values(array_unique(array_column($after, 'endpoint'))), 'reads only');
        $this->assertSame([], $this->rows(), 'a refresh queues nothing');
    }
}
