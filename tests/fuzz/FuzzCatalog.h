// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Catalog.h"

#include <QCoreApplication>

// What the Qt-based fuzz targets share: a QCoreApplication (QtSql loads its SQLite driver as a plugin)
// and a small catalog whose ids the seed files refer to (a price for a shipped platform, a model's
// relative, a quantization of a file size).
namespace localrig::fuzz {

inline QCoreApplication& application()
{
    static int argc = 1;
    static char name[] = "localrig-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

inline db::Catalog smallCatalog()
{
    db::CatalogData data;
    db::PlatformEntry mac;
    mac.platform.id = "mac_m4_pro_48";
    mac.platform.name = "Mac mini M4 Pro 48 GB";
    mac.platform.vendor = "Apple";
    mac.platform.memoryGiB = 48.0;
    mac.platform.bandwidthGBs = 273.0;
    mac.platform.loadWatts = 70.0;
    data.platforms.push_back(mac);
    db::PlatformEntry card;
    card.platform.id = "rtx_5090";
    card.platform.name = "GeForce RTX 5090";
    card.platform.vendor = "NVIDIA";
    card.platform.memoryKind = core::MemoryKind::Discrete;
    card.platform.backend = core::Backend::Cuda;
    card.platform.memoryGiB = 64.0;
    card.platform.vramGiB = 32.0;
    card.platform.bandwidthGBs = 1792.0;
    card.platform.loadWatts = 575.0;
    data.platforms.push_back(card);
    db::ModelEntry qwen;
    qwen.spec.id = "qwen3_8b";
    qwen.spec.name = "Qwen3 8B";
    qwen.spec.family = "qwen3";
    qwen.spec.totalParams = 8.2e9;
    qwen.spec.activeParams = 8.2e9;
    qwen.spec.kvGroups = core::gqaLayers(36, 8, 128);
    data.models.push_back(qwen);
    db::QuantEntry q4;
    q4.quant.id = "q4_k_m";
    q4.quant.name = "Q4_K_M";
    q4.quant.bitsPerWeight = 4.85;
    data.quantizations.push_back(q4);
    return db::Catalog(std::move(data));
}

} // namespace localrig::fuzz
