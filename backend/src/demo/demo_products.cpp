#include "demo/demo_products.hpp"

namespace shop::demo {
namespace {

// clang-format off
constexpr DemoProduct kClothing[] = {
  {"Classic Cotton T-Shirt", "A soft, breathable crew-neck tee cut from 100% combed cotton. Pre-shrunk, so it keeps its fit wash after wash.", 1999, 2499, 120, true},
  {"Slim Fit Denim Jeans", "Mid-rise jeans in stretch denim with a tapered leg. Five-pocket styling and a comfortable all-day fit.", 5990, 0, 64, false},
  {"Merino Wool Crewneck Sweater", "Fine-gauge merino that is warm without the bulk. Naturally odour-resistant and soft enough to wear next to skin.", 8900, 11000, 22, true},
  {"Waterproof Rain Jacket", "A lightweight shell with taped seams and an adjustable hood. Packs into its own pocket for days when the forecast can't decide.", 12900, 0, 4, false},
  {"Linen Button-Down Shirt", "Relaxed-fit shirt in washed European linen. Cool on hot days and even better with a few creases.", 4950, 0, 38, false},
  {"Fleece Zip Hoodie", "Brushed fleece hoodie with a full-length zip and kangaroo pockets. The one you'll reach for every chilly evening.", 5400, 6400, 0, false},
  {"Chino Shorts", "Cotton twill shorts with a 9-inch inseam and a little stretch. Smart enough for brunch, easy enough for the beach.", 3499, 0, 55, false},
  {"Quilted Puffer Vest", "Light insulation in a packable vest that layers over anything. Water-repellent finish and zipped hand pockets.", 7400, 0, 17, false},
  {"Striped Breton Top", "A timeless long-sleeve top in heavyweight cotton jersey with classic navy stripes.", 3900, 0, 3, false},
  {"Wool Blend Beanie", "A rib-knit beanie in a warm wool blend that stays soft and never itches.", 1800, 0, 90, false},
  {"Everyday Ankle Socks 5-Pack", "Cushioned cotton-rich socks with a reinforced heel and toe. Five pairs in neutral colours.", 1499, 0, 200, false},
};

constexpr DemoProduct kShoes[] = {
  {"Running Shoes", "Responsive foam cushioning and a breathable mesh upper for daily miles. Light enough for race day, tough enough for training.", 11900, 13900, 45, true},
  {"Leather Chelsea Boots", "Full-grain leather boots with elastic side panels and a stacked heel. Pull on, walk out, look sharp.", 14900, 0, 12, false},
  {"Canvas Low-Top Sneakers", "Classic vulcanised sneakers with a cotton canvas upper and a grippy rubber sole.", 4900, 0, 80, false},
  {"Trail Hiking Boots", "Waterproof hiking boots with a lugged outsole and ankle support for rocky paths.", 15900, 0, 5, false},
  {"Suede Loafers", "Soft suede loafers with a flexible sole, made for long days in the city.", 9500, 12000, 9, false},
  {"Slip-On Walking Shoes", "Knit slip-ons with a cushioned footbed for errands, travel and everything in between.", 6500, 0, 33, false},
  {"Wool House Slippers", "Cosy felted-wool slippers with a rubber sole, so a trip to the mailbox is no problem.", 3900, 0, 0, false},
  {"Court Tennis Shoes", "Stable, supportive shoes with a durable toe cap, built for hard courts.", 8900, 0, 21, false},
  {"Sport Sandals", "Adjustable straps and a contoured footbed for hikes, rivers and beach days.", 4400, 0, 60, false},
  {"Minimalist Barefoot Shoes", "Zero-drop shoes with a thin, flexible sole that lets your feet move naturally.", 10900, 0, 2, false},
  {"Kids' Light-Up Sneakers", "Fun sneakers with LED soles that flash with every step, plus easy hook-and-loop straps.", 3600, 0, 40, false},
};

constexpr DemoProduct kElectronics[] = {
  {"Wireless Noise-Cancelling Headphones", "Over-ear headphones with adaptive noise cancelling and 30 hours of battery. They fold flat for travel.", 24900, 29900, 30, true},
  {"Mechanical Keyboard", "A compact 75% keyboard with hot-swappable tactile switches and per-key backlighting. Connects over USB-C or Bluetooth.", 12900, 0, 25, true},
  {"Wireless Ergonomic Mouse", "Sculpted to support your hand, with a quiet click and a scroll wheel that glides through long documents.", 5900, 0, 48, false},
  {"Portable Bluetooth Speaker", "Big sound from a splash-proof speaker that fits in a bag. Twelve hours of playback on a charge.", 7900, 9900, 4, false},
  {"27-inch 4K Monitor", "A sharp 4K IPS panel with accurate colour and a height-adjustable stand. One USB-C cable carries video, data and power.", 39900, 0, 7, false},
  {"True Wireless Earbuds", "Pocket-size earbuds with a secure fit, clear calls and a charging case good for 24 hours.", 9900, 0, 0, false},
  {"USB-C Charging Hub", "Six ports from one: HDMI, two USB-A, SD card and 100 W pass-through charging.", 4500, 0, 70, false},
  {"Smart Fitness Watch", "Tracks heart rate, sleep and workouts with built-in GPS. A week of battery life on a charge.", 17900, 19900, 15, false},
  {"HD Webcam", "A 1080p webcam with automatic light correction and dual microphones for clearer video calls.", 6900, 0, 3, false},
  {"Portable Power Bank", "A 20,000 mAh power bank that charges a phone four times over, with fast charging in and out.", 3900, 0, 95, false},
  {"E-Reader with Backlight", "A glare-free 6-inch screen with a warm adjustable light. Holds thousands of books and lasts for weeks.", 12900, 0, 18, false},
};

constexpr DemoProduct kHome[] = {
  {"Ceramic Pour-Over Coffee Set", "A hand-glazed dripper and carafe for a clean, bright cup. Includes 40 paper filters.", 4200, 0, 26, true},
  {"Cast Iron Skillet", "A pre-seasoned 10-inch skillet that goes from stovetop to oven. It only gets better with use.", 3400, 0, 40, false},
  {"Chef's Knife", "An 8-inch knife forged from high-carbon stainless steel, balanced for precise everyday cutting.", 7900, 9500, 14, false},
  {"Linen Duvet Cover", "Stonewashed linen that softens with every wash. Breathable in summer and cosy in winter.", 13900, 0, 8, false},
  {"Glass Food Storage Set", "Ten oven-safe glass containers with leak-proof lids for leftovers and meal prep.", 3600, 0, 52, false},
  {"Stoneware Dinner Plates, Set of 4", "Speckled stoneware plates with a satin glaze. Dishwasher and microwave safe.", 4800, 0, 0, false},
  {"Scented Soy Candle", "Hand-poured soy wax with notes of cedar and bergamot. About 50 hours of burn time.", 2200, 0, 75, false},
  {"Electric Kettle", "A 1.7-litre stainless steel kettle with temperature presets for green tea, coffee and more.", 5900, 6900, 19, false},
  {"Bamboo Cutting Board", "A sturdy, knife-friendly board with a juice groove. Naturally resistant to bacteria.", 2500, 0, 5, false},
  {"Cotton Waffle Bath Towels", "A pair of light, quick-drying waffle-weave towels in soft Turkish cotton.", 3900, 0, 33, false},
  {"Indoor Herb Garden Kit", "Grow basil, parsley and mint on your windowsill. Includes pots, soil discs and seeds.", 2900, 0, 2, false},
};

constexpr DemoProduct kBooks[] = {
  {"The Art of Slow Cooking", "One hundred recipes that reward patience, from Sunday braises to overnight stocks.", 2800, 0, 30, false},
  {"A Field Guide to Night Skies", "Star charts, moon phases and planet-spotting tips for backyard astronomers.", 2400, 0, 12, true},
  {"The Lighthouse Keeper's Daughter", "A sweeping novel of secrets and storms on a remote northern island.", 1699, 1999, 60, false},
  {"Clean Code Habits", "Practical advice for writing software your teammates will thank you for.", 3900, 0, 4, false},
  {"Mountains of the World", "A large-format photo book spanning seven continents and their highest peaks.", 4500, 0, 9, false},
  {"Beginner's Guide to Watercolour", "Step-by-step lessons in colour, washes and brushwork, with projects for every season.", 2100, 0, 27, false},
  {"The Quiet Mind", "Short, practical chapters on focus, rest and a calmer working day.", 1400, 0, 0, false},
  {"Midnight at the Station Hotel", "A cosy mystery in which every guest has a motive and the snow keeps falling.", 1299, 0, 44, false},
  {"Gardening in Small Spaces", "Balconies, patios and window boxes: how to grow food and flowers wherever you live.", 2200, 0, 18, false},
  {"A History of Tea", "From ancient China to the English tea room, the story of the world's favourite brew.", 2600, 3200, 3, false},
  {"The Sleepy Fox Picture Book", "A gentle bedtime story with warm illustrations for ages 2 to 5.", 999, 0, 85, false},
};

constexpr DemoProduct kSports[] = {
  {"Yoga Mat", "A 6 mm non-slip mat with a cushioned feel and alignment lines. Comes with a carry strap.", 3900, 0, 58, true},
  {"Insulated Water Bottle", "Double-wall stainless steel keeps drinks cold for 24 hours or hot for 12.", 2700, 3200, 110, false},
  {"Two-Person Camping Tent", "A freestanding tent that pitches in minutes, with two doors and a full rain fly.", 18900, 0, 6, false},
  {"Adjustable Dumbbells", "Switch between 2 and 24 kg with a turn of the dial. One pair replaces a whole rack of weights.", 29900, 0, 3, false},
  {"Trekking Poles", "Lightweight aluminium poles with cork grips and quick-lock adjustment.", 5900, 0, 24, false},
  {"Hiking Daypack 25L", "A comfortable daypack with a ventilated back panel, hydration sleeve and rain cover.", 7900, 8900, 16, false},
  {"Resistance Bands Set", "Five bands of increasing strength with handles and a door anchor, for a full workout anywhere.", 2400, 0, 0, false},
  {"Down Sleeping Bag", "Warm down to -5 °C and packs to the size of a loaf of bread.", 21900, 0, 7, false},
  {"Foam Roller", "A firm, textured roller for post-workout recovery and tight muscles.", 2900, 0, 36, false},
  {"Official Size Football", "A machine-stitched match ball with a durable cover for grass and turf.", 2500, 0, 45, false},
  {"Rechargeable Headlamp", "A bright, rechargeable headlamp with a red night mode and a comfortable strap.", 3200, 0, 5, false},
};

constexpr DemoProduct kToys[] = {
  {"Wooden Building Blocks", "Fifty smooth beech-wood blocks in bright, child-safe colours. Stack, sort and build.", 3400, 0, 40, true},
  {"Harbour Lords Board Game", "Trade, build and outwit your friends in a game of ports and merchants for 2 to 5 players.", 4400, 5400, 18, false},
  {"1000-Piece Jigsaw Puzzle", "A richly detailed alpine village scene that will keep the whole family busy.", 1900, 0, 33, false},
  {"Remote Control Car", "An all-terrain RC car with a rechargeable battery and speeds up to 25 km/h.", 5900, 0, 5, false},
  {"Plush Teddy Bear", "An extra-soft bear with embroidered eyes, safe from birth.", 2400, 0, 70, false},
  {"Magnetic Drawing Board", "Draw, erase and draw again. No mess, no batteries, endless doodles.", 1600, 0, 0, false},
  {"Quick Draw Card Game", "A fast, noisy card game for 2 to 8 players that takes five minutes to learn.", 1200, 0, 90, false},
  {"Beginner Chess Set", "A folding wooden board with weighted pieces and a guide to the first moves.", 2900, 0, 22, false},
  {"Marble Run Kit", "Eighty pieces to build twisting tracks, towers and loops.", 3900, 4900, 11, false},
  {"Kids' Science Kit", "Twenty safe experiments with crystals, volcanoes and slime, with a full-colour guide.", 3200, 0, 4, false},
  {"Brain Teaser Gift Box", "A gift box of six brain-teaser puzzles in wood and metal, from easy to fiendish.", 2700, 0, 25, false},
};

constexpr DemoProduct kBeauty[] = {
  {"Hydrating Face Serum", "A lightweight serum with hyaluronic acid that leaves skin plump and dewy.", 3200, 3800, 44, true},
  {"Daily Mineral Sunscreen SPF 50", "A sheer, non-greasy mineral sunscreen for face and body.", 2400, 0, 60, false},
  {"Vitamin C Brightening Cream", "A daily moisturiser with stabilised vitamin C for a more even tone.", 3600, 0, 5, false},
  {"Nourishing Hair Oil", "A blend of argan and camellia oils to tame frizz and add shine.", 2800, 0, 27, false},
  {"Rosewood Matte Lipstick", "Long-wearing, creamy matte colour in a flattering rosewood shade.", 1800, 0, 0, false},
  {"Gentle Foaming Cleanser", "A soap-free cleanser that lifts make-up without stripping the skin.", 1900, 0, 80, false},
  {"Bamboo Hairbrush", "A paddle brush with bamboo pins that detangles gently and reduces static.", 1500, 0, 35, false},
  {"Lavender Body Lotion", "A rich, fast-absorbing lotion with shea butter and calming lavender.", 1700, 2100, 50, false},
  {"Fig & Cedar Eau de Parfum", "A warm, green fragrance of ripe fig leaves and cedarwood.", 6800, 0, 9, false},
  {"Overnight Repair Mask", "A cushiony sleeping mask that restores moisture while you rest.", 3400, 0, 3, false},
  {"Nail Care Kit", "Everything for neat nails at home: clippers, file, buffer and cuticle oil.", 2200, 0, 28, false},
};

constexpr DemoCategory kCategories[] = {
  {"Clothing", "Everyday basics and seasonal layers in natural fabrics.", "CLO",
   {"#f093a8", "#b24a6e", "#8c2f52"}, DemoIcon::kShirt, kClothing},
  {"Shoes", "Sneakers, boots and slippers for every step of the day.", "SHO",
   {"#43cea2", "#185a9d", "#124a80"}, DemoIcon::kShoe, kShoes},
  {"Electronics", "Headphones, keyboards and the gadgets that keep you connected.", "ELE",
   {"#5b7cfa", "#7b3fb0", "#4b2a8c"}, DemoIcon::kHeadphones, kElectronics},
  {"Home & Kitchen", "Cookware, tableware and cosy things for the home.", "HOM",
   {"#f7a440", "#d0532a", "#a63d1c"}, DemoIcon::kMug, kHome},
  {"Books", "Novels, cookbooks and beautiful guides to the world.", "BOO",
   {"#c9967a", "#6d4c41", "#4e342e"}, DemoIcon::kBook, kBooks},
  {"Sports & Outdoors", "Gear for the gym, the trail and the campsite.", "SPO",
   {"#7cc46a", "#1f6b45", "#17533a"}, DemoIcon::kMountain, kSports},
  {"Toys & Games", "Play for all ages: building sets, puzzles and games.", "TOY",
   {"#ff8a7a", "#d6336c", "#a61e4d"}, DemoIcon::kDice, kToys},
  {"Beauty", "Skincare, haircare and fragrance with a gentle touch.", "BEA",
   {"#c59ad9", "#6f7fd1", "#5a4bb0"}, DemoIcon::kBottle, kBeauty},
};
// clang-format on

}  // namespace

std::span<const DemoCategory> DemoCategories() { return kCategories; }

}  // namespace shop::demo
