-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: what only the user database fills. My machine points at a platform row (the user's own
-- or a shipped one); a price override replaces a platform's current price; saved scenarios keep the
-- Plan page's inputs.

CREATE TABLE my_machine (
    slot INTEGER PRIMARY KEY NOT NULL CHECK (slot = 1),
    platform_id TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE price_override (
    platform_id TEXT PRIMARY KEY NOT NULL,
    usd REAL NOT NULL CHECK (usd >= 0),
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

CREATE TABLE saved_scenario (
    name TEXT PRIMARY KEY NOT NULL,
    context_tokens INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    kv_cache_type TEXT NOT NULL DEFAULT 'f16',
    headroom REAL NOT NULL,
    workloads TEXT NOT NULL DEFAULT '',
    settings_json TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 2;
