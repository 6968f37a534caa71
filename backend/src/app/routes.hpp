// The route table of the whole API: every method, path, access rule and handler, in routes.cpp.
#pragma once

#include "app/services.hpp"
#include "http/router.hpp"

namespace shop::app {

http::Router BuildRouter(Services& services);

}  // namespace shop::app
