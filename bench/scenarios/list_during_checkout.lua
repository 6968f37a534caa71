-- GET /api/products as in products_list, while another wrk runs checkout beside it (run.sh
-- starts that one): a shop that sells while customers browse.
dofile(os.getenv("BENCH_LUA") .. "/products_list.lua")
