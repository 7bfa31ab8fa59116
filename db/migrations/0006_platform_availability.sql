-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: whether a person can buy a platform today (issue 15). buyable = sold new now (it must have a
-- price); announced = shown by its maker, not on sale ("announced, no price"); discontinued = no longer
-- sold new (its newest price may be a used-market one, kind 'used' in the price table).


ALTER TABLE platform ADD COLUMN availability TEXT NOT NULL DEFAULT 'buyable'
    CHECK (availability IN ('buyable', 'announced', 'discontinued'));

-- A used-market price (kind 'used') joins launch/later/street/guide: discontinued cards such as the RTX 3090
-- are bought used. SQLite cannot change a CHECK constraint in place, so the price table is rebuilt.
CREATE TABLE price_v6 (
    platform_id TEXT NOT NULL,
    usd REAL NOT NULL,
    price_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('launch', 'later', 'street', 'used', 'guide')),
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (platform_id, price_date, kind)
);
INSERT INTO price_v6 (platform_id, usd, price_date, kind, confirmed, source, source_date, notes)
    SELECT platform_id, usd, price_date, kind, confirmed, source, source_date, notes FROM price;
DROP TABLE price;
ALTER TABLE price_v6 RENAME TO price;

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 6;
