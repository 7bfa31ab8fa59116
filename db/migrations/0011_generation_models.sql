-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 11: vision projectors and image/video generation models (issue 18, db/catalog/vision_projectors.csv,
-- generation_models.csv, generation_components.csv, generation_speeds.csv). A use case may read images (its
-- model's projector is loaded too) or run a generation model beside its LLM (both are resident at once).

-- The mmproj GGUF llama.cpp loads beside a multimodal model (--mmproj), one per model.
CREATE TABLE vision_projector (
    model_id TEXT PRIMARY KEY NOT NULL,
    file_name TEXT NOT NULL,
    precision TEXT NOT NULL DEFAULT '',
    file_bytes REAL NOT NULL CHECK (file_bytes > 0),
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

-- An image or video generation pipeline; overhead_bytes only where a source states activation memory.
CREATE TABLE generation_model (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
    developer TEXT NOT NULL DEFAULT '',
    release_date TEXT NOT NULL DEFAULT '',
    license TEXT NOT NULL DEFAULT '',
    overhead_bytes REAL CHECK (overhead_bytes IS NULL OR overhead_bytes >= 0),
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

-- One file of a pipeline: transformer or UNet, text encoder, VAE.
CREATE TABLE generation_component (
    model_id TEXT NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    params_b REAL CHECK (params_b IS NULL OR params_b > 0),
    precision TEXT NOT NULL DEFAULT '',
    file_bytes REAL CHECK (file_bytes IS NULL OR file_bytes > 0),
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

-- A published generation time: seconds per image or per second of video on one platform.
CREATE TABLE generation_speed (
    model_id TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    seconds REAL NOT NULL CHECK (seconds > 0),
    unit TEXT NOT NULL CHECK (unit IN ('image', 'video_second')),
    setting TEXT NOT NULL DEFAULT '',
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

ALTER TABLE use_case ADD COLUMN uses_images INTEGER NOT NULL DEFAULT 0 CHECK (uses_images IN (0, 1));
ALTER TABLE use_case ADD COLUMN generation_model_id TEXT;

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 11;
