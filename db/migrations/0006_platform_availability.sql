-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: whether a person can buy a platform today (issue 15). buyable = sold new now (it must have a
-- price); announced = shown by its maker, not on sale ("announced, no price"); discontinued = no longer
-- sold new (its newest price may be a used-market one, kind 'used' in the price table).

ALTER TABLE platform ADD COLUMN availability TEXT NOT NULL DEFAULT 'buyable'
    CHECK (availability IN ('buyable', 'announced', 'discontinued'));

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 6;
