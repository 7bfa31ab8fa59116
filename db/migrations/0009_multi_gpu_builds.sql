-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: multi-GPU builds and clusters (db/catalog/multi_gpu_builds.csv, issue 17). A build names two or more catalog
-- cards ('+'-joined platform ids, in llama.cpp device order); LocalRig combines them into one system: VRAM
-- summed, layers split in proportion to VRAM (llama.cpp --split-mode layer), price = the cards' current prices
-- + a host build with a slot for each card and a power supply sized for their summed board power.

CREATE TABLE multi_gpu_build (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    cards TEXT NOT NULL,
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

-- Two to four identical unified-memory machines pooled over a network (db/catalog/clusters.csv): two DGX
-- Sparks over ConnectX-7, Mac Studios over Thunderbolt (llama.cpp RPC or exo). An advanced answer, shown only
-- when no single machine does the job.
CREATE TABLE cluster (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    box TEXT NOT NULL,
    boxes INTEGER NOT NULL CHECK (boxes BETWEEN 2 AND 4),
    link TEXT NOT NULL DEFAULT '',
    runtime TEXT NOT NULL DEFAULT '',
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 9;
