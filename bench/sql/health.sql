-- mode: prepared
-- GET /api/health: one trivial round trip.
SELECT 1;
