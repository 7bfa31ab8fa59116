-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: facts about the file itself (build date, newest source date), and indexes for the lookups
-- the app makes on every start.

CREATE TABLE catalog_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE INDEX price_by_platform ON price (platform_id, price_date);
CREATE INDEX file_size_by_model ON model_file_size (model_id);

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 3;
