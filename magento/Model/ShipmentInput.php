<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model;

use ChannelMgr\Walmart\Model\Sync\LineAllocator;
use Magento\Framework\Exception\LocalizedException;
use Magento\Sales\Api\Data\ShipmentInterface;
use Magento\Sales\Api\Data\ShipmentTrackInterface;

/**
 * A Magento shipment as the extension's shipment input, validated by channelmgr_shipment_payload() so that what the
 * outbox holds is what Walmart will accept. One shipment is one Walmart update; when it carries several tracks,
 * the first is the package's tracking number (Walmart takes one per package) and the others are not sent.
 */
class ShipmentInput
{
    /**
     * @param array{order: array, lines: list<array>} $link the Walmart order and its line map
     * @param ShipmentTrackInterface|null $track the tracking to send; default: the shipment's first track
     * @throws LocalizedException with the extension's message when Walmart would refuse it
     */
    public function build(ShipmentInterface $shipment, array $link, ?ShipmentTrackInterface $track = null): array
    {
        $track ??= $this->firstTrack($shipment);
        if ($track === null || trim((string) $track->getTrackNumber()) === '') {
            throw new LocalizedException(__('Walmart requires a tracking number for every shipment.'));
        }
        $shipQty = [];
        $shippedBefore = [];
        foreach ($shipment->getItems() ?? [] as $item) {
            $qty = (int) round((float) $item->getQty());
            if ($qty <= 0) {
                continue;
            }
            $itemId = (int) $item->getOrderItemId();
            $shipQty[$itemId] = ($shipQty[$itemId] ?? 0) + $qty;
            $orderItem = method_exists($item, 'getOrderItem') ? $item->getOrderItem() : null;
            if ($orderItem !== null) {
                // Magento counts this shipment in qty_shipped as soon as it is registered, before it is saved
                $shippedBefore[$itemId] = max(0, (int) round((float) $orderItem->getQtyShipped()) - $qty);
            }
        }
        try {
            $lines = LineAllocator::allocate($link['lines'], $shipQty, $shippedBefore);
        } catch (\DomainException $e) {
            throw new LocalizedException(__('This shipment cannot be sent to Walmart: %1.', $e->getMessage()), $e);
        }
        if (!$lines) {
            throw new LocalizedException(__('This shipment ships nothing of the Walmart order.'));
        }
        $carrier = (string) $track->getCarrierCode();
        if ($carrier === '' || $carrier === 'custom') {
            $carrier = (string) $track->getTitle();
        }
        $input = [
            'purchase_order_id' => (string) $link['order']['purchase_order_id'],
            'seller_order_id' => (string) $link['order']['increment_id'],
            'tracking' => ['carrier' => $carrier, 'number' => trim((string) $track->getTrackNumber())],
            'lines' => $lines,
        ];
        try {
            channelmgr_shipment_payload($input);
        } catch (\ChannelMgr\ValidationException $e) {
            throw new LocalizedException(__('Walmart would refuse this shipment: %1', $e->getMessage()), $e);
        }
        return $input;
    }

    private function firstTrack(ShipmentInterface $shipment): ?ShipmentTrackInterface
    {
        foreach ($shipment->getTracks() ?? [] as $track) {
            return $track;
        }
        return null;
    }
}
