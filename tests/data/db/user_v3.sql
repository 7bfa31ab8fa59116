-- Fixture: a user database as schema version 3 left it (frozen copies of migrations 0001-0003 plus user rows).
-- Never edit: the migration test upgrades it and checks that every row below survives.
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
INSERT INTO platform (id, name, vendor, form_factor, memory_kind, backend, memory_gb, vram_gb, bandwidth_gbs, portable, confirmed, source, source_date, notes)
VALUES ('my_box', 'My Ryzen box', 'AMD', 'desktop', 'discrete', 'cuda', 64, 24, 936, 0, 'no', 'user', '2026-05-01', 'bought used');
INSERT INTO model (id, name, family, total_params_b, active_params_b, attention_kind, layers, kv_heads, head_dim, native_context, confirmed, source, source_date)
VALUES ('my_finetune', 'My fine-tune 8B', 'Llama 3', 8.03, 8.03, 'gqa', 32, 8, 128, 8192, 'no', 'user', '2026-05-02');
INSERT INTO model_kv_group (model_id, position, layers, kv_heads, head_dim, window, single_tensor, confirmed, source, source_date)
VALUES ('my_finetune', 0, 32, 8, 128, 0, 0, 'no', 'user', '2026-05-02');
INSERT INTO price (platform_id, usd, price_date, kind, confirmed, source, source_date)
VALUES ('my_box', 1450, '2026-05-01', 'street', 'no', 'user', '2026-05-01');
INSERT INTO my_machine (slot, platform_id, updated_at) VALUES (1, 'my_box', '2026-05-03T10:00:00Z');
INSERT INTO price_override (platform_id, usd, note, updated_at) VALUES ('rtx_4090_desktop', 1799, 'local shop', '2026-05-03T10:00:00Z');
INSERT INTO saved_scenario (name, context_tokens, sessions, kv_cache_type, headroom, workloads, settings_json, updated_at)
VALUES ('Work laptop', 32768, 2, 'q8_0', 0.7, 'coding-assistant,rag', '{"budget_usd": 2500}', '2026-05-03T10:00:00Z');
INSERT INTO model_file_size (model_id, quant_id, file_bytes, confirmed, source, source_date, notes)
VALUES ('my_finetune', 'q4_k_m', 4920000000, 'no', 'user', '2026-05-02', 'read from my-finetune.Q4_K_M.gguf');
INSERT INTO catalog_meta (key, value) VALUES ('built_at', '2026-05-01');
