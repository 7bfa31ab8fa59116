-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: the fact tables. The shipped catalog and the user database share this schema; a user row
-- with the id of a shipped row replaces it when the two are merged. Cross-table references are checked
-- by the catalog builder and the importer, not by foreign keys, because a user row may point at a
-- shipped row that lives in the other file.
-- Every fact row carries source (URL or "guide"), source_date (ISO date, partial dates allowed) and
-- confirmed: yes (the source confirms the figures), derived (computed from sourced figures, method in
-- notes), guide-only (stated only by the guide) or no (entered by the user, unverified).

CREATE TABLE model_family (
    name TEXT PRIMARY KEY NOT NULL
);

CREATE TABLE model (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    family TEXT NOT NULL DEFAULT '',
    developer TEXT NOT NULL DEFAULT '',
    release_date TEXT NOT NULL DEFAULT '',
    license TEXT NOT NULL DEFAULT '',
    modalities TEXT NOT NULL DEFAULT '',
    relation TEXT NOT NULL DEFAULT '',
    relative_of TEXT NOT NULL DEFAULT '',
    total_params_b REAL NOT NULL,
    active_params_b REAL,
    attention_kind TEXT NOT NULL DEFAULT 'gqa',
    layers INTEGER,
    hidden_size INTEGER,
    attention_heads INTEGER,
    kv_heads INTEGER,
    head_dim INTEGER,
    linear_state_bytes REAL,
    experts_routed INTEGER,
    experts_active INTEGER,
    native_context INTEGER,
    max_context INTEGER,
    guide_claim TEXT NOT NULL DEFAULT '',
    guide_check TEXT NOT NULL DEFAULT '',
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE model_kv_group (
    model_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    layers INTEGER NOT NULL,
    kv_heads INTEGER NOT NULL,
    head_dim INTEGER NOT NULL,
    window INTEGER NOT NULL DEFAULT 0,
    single_tensor INTEGER NOT NULL DEFAULT 0 CHECK (single_tensor IN (0, 1)),
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (model_id, position)
);

CREATE TABLE quantization (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    format TEXT NOT NULL,
    kernel TEXT NOT NULL,
    bits_per_weight REAL NOT NULL,
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE model_file_size (
    model_id TEXT NOT NULL,
    quant_id TEXT NOT NULL,
    file_bytes REAL NOT NULL,
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (model_id, quant_id)
);

CREATE TABLE platform (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    form_factor TEXT NOT NULL DEFAULT '',
    memory_kind TEXT NOT NULL,
    backend TEXT NOT NULL,
    memory_gb REAL NOT NULL,
    vram_gb REAL,
    bandwidth_gbs REAL NOT NULL,
    system_bandwidth_gbs REAL,
    gpu_limit_gb REAL,
    fp16_tflops REAL,
    fp16_definition TEXT NOT NULL DEFAULT '',
    load_watts REAL,
    idle_watts REAL,
    os TEXT NOT NULL DEFAULT '',
    software_stacks TEXT NOT NULL DEFAULT '',
    portable INTEGER NOT NULL DEFAULT 0 CHECK (portable IN (0, 1)),
    release_date TEXT NOT NULL DEFAULT '',
    guide_claim TEXT NOT NULL DEFAULT '',
    guide_check TEXT NOT NULL DEFAULT '',
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE price (
    platform_id TEXT NOT NULL,
    usd REAL NOT NULL,
    price_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('launch', 'later', 'street', 'guide')),
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (platform_id, price_date, kind)
);

CREATE TABLE api_price (
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    input_usd_per_mtok REAL NOT NULL,
    output_usd_per_mtok REAL NOT NULL,
    cached_input_usd_per_mtok REAL,
    price_date TEXT NOT NULL,
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (provider, model, price_date)
);

CREATE TABLE electricity_price (
    region TEXT NOT NULL,
    price_per_kwh REAL NOT NULL,
    currency TEXT NOT NULL,
    price_date TEXT NOT NULL,
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (region, price_date)
);

CREATE TABLE use_case (
    slug TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    model_id TEXT NOT NULL DEFAULT '',
    quant_id TEXT NOT NULL DEFAULT '',
    context_tokens INTEGER,
    sessions INTEGER,
    guide_model TEXT NOT NULL DEFAULT '',
    guide_hardware TEXT NOT NULL DEFAULT '',
    guide_memory_gb REAL,
    guide_tier TEXT NOT NULL DEFAULT '',
    guide_check TEXT NOT NULL DEFAULT '',
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ram_row (
    id TEXT PRIMARY KEY NOT NULL,
    min_gb REAL NOT NULL,
    max_gb REAL NOT NULL,
    audience TEXT NOT NULL DEFAULT '',
    recommended_models TEXT NOT NULL DEFAULT '',
    practical_context TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT '',
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tier (
    id TEXT PRIMARY KEY NOT NULL,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    min_gb REAL NOT NULL,
    max_gb REAL NOT NULL,
    audience TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT '',
    example_machines TEXT NOT NULL DEFAULT '',
    recommended_models TEXT NOT NULL DEFAULT '',
    who_should_buy TEXT NOT NULL DEFAULT '',
    who_should_not_buy TEXT NOT NULL DEFAULT '',
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE article (
    slug TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    confirmed TEXT NOT NULL DEFAULT 'guide-only' CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL
);

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 1;
