<?php

declare(strict_types=1);

namespace ChannelMgr\Walmart\Model\ResourceModel\WalmartOrder;

use Magento\Framework\ObjectManagerInterface;

/**
 * Test double of the factory Magento generates for the module's grid collection
 * (generated/code/ChannelMgr/Walmart/Model/ResourceModel/WalmartOrder/CollectionFactory.php): the module has no
 * file of it, as Magento writes it at setup:di:compile or on first use. Same constructor and create() as
 * Magento's generated factories; tests mock it.
 */
class CollectionFactory
{
    public function __construct(
        private readonly ObjectManagerInterface $objectManager,
        private readonly string $instanceName = Collection::class
    ) {
    }

    /**
     * @return Collection
     */
    public function create(array $data = [])
    {
        return $this->objectManager->create($this->instanceName, $data);
    }
}
