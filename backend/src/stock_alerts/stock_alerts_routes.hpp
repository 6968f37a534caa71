// Handlers of /api/products/{id}/stock-alert and the back office's /api/admin/stock-alerts (see
// docs/api.md). Bound to their routes in app/routes.cpp; the OpenAPI document describes each.
#pragma once

#include "http/router.hpp"
#include "stock_alerts/stock_alerts_service.hpp"

namespace shop::stock_alerts {

http::HandlerOf<StockAlertService> ShowStockAlert, AddStockAlert, RemoveStockAlert, ListWaitingAlerts;

}  // namespace shop::stock_alerts
