-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: host-PC builds (db/catalog/host_builds.csv, host_build_parts.csv). A discrete graphics card is
-- a part, not a machine: a buyer who owns no desktop adds a host PC (processor, board, memory, power
-- supply, case, cooler, SSD) before the card runs anything. A build is priced as the sum of its dated,
-- sourced parts; max_card_watts is the board power of all cards together that its power supply is sized
-- for, base_watts the host's own draw while the cards generate.

CREATE TABLE host_build (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    max_card_watts REAL NOT NULL CHECK (max_card_watts > 0),
    base_watts REAL NOT NULL CHECK (base_watts >= 0),
    gpu_slots INTEGER NOT NULL DEFAULT 1 CHECK (gpu_slots >= 1),
    system_ram_gb REAL NOT NULL CHECK (system_ram_gb >= 0),
    system_bandwidth_gbs REAL NOT NULL CHECK (system_bandwidth_gbs >= 0),
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

-- One priced part of a build; position keeps the file's order (processor first, case last).
CREATE TABLE host_build_part (
    build_id TEXT NOT NULL,
    part TEXT NOT NULL,
    name TEXT NOT NULL,
    usd REAL NOT NULL CHECK (usd >= 0),
    price_date TEXT NOT NULL,
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (build_id, part)
);

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 5;
