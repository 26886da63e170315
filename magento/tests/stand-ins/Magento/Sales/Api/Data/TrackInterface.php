<?php

/**
 * Stand-in for tests. Mirrors magento/magento2 2.4.7
 * app/code/Magento/Sales/Api/Data/TrackInterface.php:
 * getTrackNumber, getCarrierCode, getTitle, with their exact signatures; the interface's other methods are left out.
 */

namespace Magento\Sales\Api\Data;

interface TrackInterface
{
    public function getTrackNumber();

    public function getCarrierCode();

    public function getTitle();
}
