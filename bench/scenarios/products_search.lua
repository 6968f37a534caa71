-- GET /api/products?search=: one to three words of the catalog's vocabulary (some misspelt, some
-- in another word form), first and second page, ranked by relevance.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local words = {
  "classic", "compact", "deluxe", "elegant", "ergonomic", "portable", "premium", "rugged", "vintage",
  "wireless", "bamboo", "canvas", "ceramic", "cotton", "leather", "linen", "marble", "steel", "wool",
  "backpack", "blanket", "boot", "bottles", "camera", "chairs", "charger", "gloves", "headphones",
  "jacket", "kettle", "keyboard", "keybord", "lamps", "laptop", "monitor", "mouse", "mugs", "notebook",
  "pillow", "printer", "scarf", "shirts", "shoe", "speaker", "sunglases", "table", "tent", "towels",
  "umbrela", "wallet", "watches", "gift boxes", "travel", "office", "outdoors", "warranty"}

function init(args)
  bench.build(bench.many, function()
    local terms = {}
    for i = 1, math.random(3) do terms[i] = bench.pick(words) end
    local search = table.concat(terms, " "):gsub(" ", "+")
    return bench.format("GET", string.format("/api/products?search=%s&page=%d&size=20", search, math.random(2)))
  end)
end
