<?php

/*
 * The merchant's day with ChannelMgr_Walmart, through the module's own code (sync engine, shipment input, cancel
 * reasons, status command) on a real database and the Walmart emulator: link two orders, ship one partially, ship
 * the rest, cancel the other with a reason, the freed inventory synced, a failure showing Error, fixed and retried,
 * and the order list as `bin/magento channelmgr:walmart:status` prints it.
 */

declare(strict_types=1);

use ChannelMgr\Walmart\Api\SyncManagementInterface;
use ChannelMgr\Walmart\Console\Command\StatusCommand;
use ChannelMgr\Walmart\Model\CancelReasons;
use ChannelMgr\Walmart\Model\Sync\Engine;
use ChannelMgr\Walmart\Model\Sync\LineAllocator;
use ChannelMgr\Walmart\Model\Sync\Links;
use ChannelMgr\Walmart\Model\Sync\Options;
use ChannelMgr\Walmart\Model\Sync\Outbox;
use ChannelMgr\Walmart\Model\Sync\StatusReport;
use ChannelMgr\Walmart\Model\Sync\Tables;
use ChannelMgr\Walmart\TestLib\FakeClock;
use ChannelMgr\Walmart\TestLib\FixedClient;
use ChannelMgr\Walmart\TestLib\FixedStock;
use ChannelMgr\Walmart\TestLib\TestDatabase;
use Symfony\Component\Console\Output\ConsoleOutput;
use Symfony\Component\Console\Input\ArrayInput;

require __DIR__ . '/../tests/bootstrap.php';

$db = TestDatabase::fresh();
$walmart = new EmulatorProcess([
    ['purchaseOrderId' => '4576930294354', 'lines' => [
        ['sku' => 'MUG-BLUE', 'quantity' => 1, 'status' => 'Acknowledged'],
        ['sku' => 'MUG-BLUE', 'quantity' => 1, 'status' => 'Acknowledged'],
        ['sku' => 'MUG-BLUE', 'quantity' => 1, 'status' => 'Acknowledged'],
    ]],
    ['purchaseOrderId' => '4576930294355', 'lines' => [['sku' => 'TEE-RED-M', 'quantity' => 2,
        'status' => 'Acknowledged']]],
    ['purchaseOrderId' => '4576930294356', 'lines' => [['sku' => 'LAMP', 'quantity' => 1, 'status' => 'Created']]],
]);
$tables = new Tables();
$clock = new FakeClock(time());
$stock = new FixedStock(['MUG-BLUE' => 40, 'TEE-RED-M' => 12, 'LAMP' => 3]);
$clients = new FixedClient($walmart->client());
$engine = new Engine($db, $tables, $clients, $stock, $clock, new Options(), 'demo');
$links = new Links($db, $tables);
$outbox = new Outbox($db, $tables);
$say = static function (string $what) use ($links): void {
    echo "\n== $what\n";
};
$show = static function (string $po) use ($links): void {
    $o = $links->byPurchaseOrder($po);
    $lines = implode(', ', array_map(static fn ($l) => sprintf(
        'line %d: %d shipped, %d cancelled of %d',
        $l['line_number'],
        $l['shipped'],
        $l['cancelled'],
        $l['ordered']
    ), $o['lines']));
    printf(
        "   #%s / Walmart %s: %s%s\n   %s\n",
        $o['order']['increment_id'],
        $po,
        $o['order']['status'],
        $o['order']['status_details'] ? ' - ' . $o['order']['status_details'] : '',
        $lines
    );
};

$say('Link three Magento orders to their Walmart orders (three mugs come as three Walmart lines)');
$links->link(101, '000000101', '4576930294354', [1 => ['order_item_id' => 11, 'sku' => 'MUG-BLUE', 'qty' => 1],
    2 => ['order_item_id' => 11, 'sku' => 'MUG-BLUE', 'qty' => 1],
    3 => ['order_item_id' => 11, 'sku' => 'MUG-BLUE', 'qty' => 1]]);
$links->link(102, '000000102', '4576930294355', [1 => ['order_item_id' => 21, 'sku' => 'TEE-RED-M', 'qty' => 2]]);
$links->link(103, '000000103', '4576930294356', [1 => ['order_item_id' => 31, 'sku' => 'LAMP', 'qty' => 1]]);

$ship = static function (
    int $shipmentId,
    string $po,
    string $increment,
    array $lines,
    string $tracking
) use (
    $db,
    $outbox
): void {
    $db->beginTransaction();   // the shipment's own transaction: the outbox row commits with it
    $outbox->enqueueShipment($shipmentId, ['purchase_order_id' => $po, 'seller_order_id' => $increment,
        'tracking' => ['carrier' => 'ups', 'number' => $tracking], 'lines' => $lines]);
    $db->commit();
};

$say('Ship 2 of the 3 mugs of #000000101 (UPS 1Z999AA10123456784)');
$map = $links->byMagentoOrder(101)['lines'];
$ship(5001, '4576930294354', '000000101', LineAllocator::allocate($map, [11 => 2], []), '1Z999AA10123456784');
$engine->drain();
$show('4576930294354');

$say('Ship the last mug (UPS 1Z999AA10123456785)');
$ship(5002, '4576930294354', '000000101', LineAllocator::allocate($map, [11 => 1], [11 => 2]), '1Z999AA10123456785');
$engine->drain();
$show('4576930294354');

$reasons = new CancelReasons();
$say('Cancel #000000102 with the reason "' . $reasons->label('out_of_stock') . '" (offered: '
    . implode(', ', $reasons->allowed(false)) . ')');
$db->beginTransaction();
$outbox->enqueueCancel(102, '4576930294355', 'out_of_stock');
$db->commit();
$engine->drain();
$show('4576930294355');
echo '   Walmart inventory after the cancellation: ' . json_encode($walmart->control('GET', 'inventory')) . "\n";

$say('Ship #000000103, which is not acknowledged on Walmart yet: refused, the order shows Error');
$ship(5003, '4576930294356', '000000103', [['line_number' => 1, 'quantity' => 1]], '1Z999AA10123456786');
$engine->drain();
$show('4576930294356');

$say('The merchant acknowledges it on Walmart and clicks "Retry sync" in the grid');
$clients->client->acknowledgeOrder('4576930294356');
$outbox->retry(['4576930294356']);
$engine->drain();
$show('4576930294356');

$say('bin/magento channelmgr:walmart:status');
$status = new StatusCommand(new class (new StatusReport($db, $tables)) implements SyncManagementInterface {
    public function __construct(private StatusReport $report)
    {
    }

    public function drain(int $limit = 0): array
    {
        return [];
    }

    public function retry(array $purchaseOrderIds): int
    {
        return 0;
    }

    public function refresh(array $purchaseOrderIds): array
    {
        return [];
    }

    public function status(): array
    {
        return $this->report->report();
    }
});
$status->run(new ArrayInput([]), new ConsoleOutput());
