<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\Sync;

/**
 * Which Walmart lines a Magento shipment ships. Walmart often sends one line per unit while Magento keeps one item
 * with the whole quantity: the units of an item are the units of its lines in lineNumber order (less what Walmart
 * cancelled), earlier shipments took the first ones, and this shipment takes the next ones.
 */
final class LineAllocator
{
    /**
     * @param list<array{line_number: int, order_item_id: int, ordered: int, cancelled?: int}> $lines the line map
     * @param array<int, int> $shipQty Magento order item id => quantity this shipment ships
     * @param array<int, int> $shippedBefore Magento order item id => quantity earlier shipments shipped
     * @return list<array{line_number: int, quantity: int}> in lineNumber order
     * @throws \DomainException naming the item when it is not on the Walmart order or ships more than is left
     */
    public static function allocate(array $lines, array $shipQty, array $shippedBefore): array
    {
        usort($lines, static fn (array $a, array $b): int => $a['line_number'] <=> $b['line_number']);
        $out = [];
        foreach ($shipQty as $itemId => $qty) {
            $qty = (int) $qty;
            if ($qty <= 0) {
                continue;
            }
            $skip = (int) ($shippedBefore[$itemId] ?? 0);
            $found = false;
            foreach ($lines as $line) {
                if ((int) $line['order_item_id'] !== (int) $itemId) {
                    continue;
                }
                $found = true;
                $units = (int) $line['ordered'] - (int) ($line['cancelled'] ?? 0);
                $skipped = min($skip, $units);
                $skip -= $skipped;
                $take = min($units - $skipped, $qty);
                if ($take > 0) {
                    $out[$line['line_number']] = ($out[$line['line_number']] ?? 0) + $take;
                    $qty -= $take;
                }
                if ($qty === 0) {
                    break;
                }
            }
            if (!$found) {
                throw new \DomainException(sprintf('order item %d is not on the Walmart order', $itemId));
            }
            if ($qty > 0) {
                throw new \DomainException(sprintf(
                    'order item %d: %d more unit(s) than the Walmart order has left to ship',
                    $itemId,
                    $qty
                ));
            }
        }
        ksort($out);
        $result = [];
        foreach ($out as $lineNumber => $quantity) {
            $result[] = ['line_number' => $lineNumber, 'quantity' => $quantity];
        }
        return $result;
    }
}
