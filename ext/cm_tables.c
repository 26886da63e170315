#include "cm_tables.h"
#include "cm_text.h"

#include <string.h>

#define SAME(n) {n, n}

/* Walmart Marketplace US v3 CarrierNameType, with the carriers added in the
 * 2026-10-30 portal update at the end (shared/walmart-api.md, section 6). */
const cm_name cm_carriers[] = {
	SAME("UPS"), SAME("USPS"), SAME("FedEx"), SAME("Airborne"), SAME("OnTrac"), SAME("DHL Ecommerce - US"),
	SAME("DHL"), SAME("LS"), SAME("UDS"), SAME("UPSMI"), SAME("FDX"), SAME("PILOT"), SAME("ESTES"), SAME("SAIA"),
	SAME("FDS Express"), SAME("Seko Worldwide"), SAME("HIT Delivery"), SAME("FEDEXSP"), SAME("RL Carriers"),
	SAME("Metropolitan Warehouse & Delivery"), SAME("China Post"), SAME("YunExpress"), SAME("Yellow Freight Sys"),
	SAME("AIT Worldwide Logistics"), SAME("Chukou1"), SAME("Sendle"), SAME("Landmark Global"), SAME("Sunyou"),
	SAME("Yanwen"), SAME("4PX"), SAME("GLS"), SAME("OSM Worldwide"), SAME("FIRST MILE"), SAME("AM Trucking"),
	SAME("CEVA"), SAME("India Post"), SAME("SF Express"), SAME("CNE"), SAME("TForce Freight"), SAME("AxleHire"),
	SAME("LSO"), SAME("Royal Mail"), SAME("ABF Freight System"), SAME("WanB"), SAME("Roadrunner Freight"),
	SAME("Meyer Distribution"), SAME("AAA Cooper"), SAME("Canada Post"), SAME("Southeastern Freight Lines"),
	SAME("Japan Post"), SAME("Correos de Mexico"), SAME("XPO Logistics"), SAME("JD Logistics"), SAME("YDH"),
	SAME("JCEX"), SAME("Flyt"), SAME("Deutsche Post"), SAME("Better Trucks"), SAME("Asendia"), SAME("SFC"),
	SAME("UBI"), SAME("ePost Global"), SAME("YF Logistics"), SAME("RXO"), SAME("Estes Express"), SAME("Shypmax"),
	SAME("WIN.IT America"), SAME("PITT OHIO"), SAME("PostNord Sweden"), SAME("Equick"), SAME("Whistl"),
	SAME("Tusou"), SAME("Shiprocket"), SAME("DTDC"), SAME("PTS"),
	SAME("Aramex"), SAME("Xindus"), SAME("Spreetail"), SAME("P2PG"), SAME("UniUni"), SAME("GOFO"), SAME("SwiftX"),
	SAME("Exelot"), SAME("DoorDash"), SAME("SpeedX"),
	{NULL, NULL}
};

/* Magento's own carrier codes (Magento_Ups, Magento_Usps, Magento_Fedex, Magento_Dhl). */
const cm_name cm_carrier_aliases[] = {
	{"ups", "UPS"}, {"usps", "USPS"}, {"fedex", "FedEx"}, {"dhl", "DHL"},
	{NULL, NULL}
};

const cm_name cm_methods[] = {
	SAME("Standard"), SAME("Express"), SAME("OneDay"), SAME("Freight"), SAME("WhiteGlove"), SAME("Value"),
	{NULL, NULL}
};

const cm_name cm_cancel_reasons[] = {
	SAME(CM_REASON_CUSTOMER_REQUESTED),
	SAME("SELLER_CANCEL_PRICING_ERROR"),
	SAME("SELLER_CANCEL_OUT_OF_STOCK"),
	SAME("SELLER_CANCEL_FRAUD_STOP_SHIPMENT"),
	SAME("SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE"),
	{"customer_requested", CM_REASON_CUSTOMER_REQUESTED},
	{"pricing_error", "SELLER_CANCEL_PRICING_ERROR"},
	{"out_of_stock", "SELLER_CANCEL_OUT_OF_STOCK"},
	{"fraud", "SELLER_CANCEL_FRAUD_STOP_SHIPMENT"},
	{"address_not_serviceable", "SELLER_CANCEL_ADDRESS_NOT_SERVICEABLE"},
	{NULL, NULL}
};

const char *cm_name_find(const cm_name *table, cm_str s)
{
	for (; table->name; table++) {
		if (cm_str_ieq(s.ptr, s.len, table->name)) {
			return table->walmart;
		}
	}
	return NULL;
}

const char *cm_carrier_find(cm_str s)
{
	const char *walmart = cm_name_find(cm_carrier_aliases, s);

	return walmart ? walmart : cm_name_find(cm_carriers, s);
}

const char *cm_name_list(char *buf, size_t size, const cm_name *table)
{
	size_t len = 0;

	buf[0] = '\0';
	for (; table->name; table++) {
		size_t n = strlen(table->name);
		if (len + n + 3 > size) {
			break;
		}
		if (len) {
			memcpy(buf + len, ", ", 2);
			len += 2;
		}
		memcpy(buf + len, table->name, n);
		len += n;
		buf[len] = '\0';
	}
	return buf;
}
