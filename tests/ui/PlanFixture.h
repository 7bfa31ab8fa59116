// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small catalog with real architectures, shared by the ui and report tests: two of the guide's
// workloads, one Q4_K_M quantization, three Macs at 16, 32 and 48 GB, the guide's four tiers.

#include "ui/CatalogData.h"

namespace localrig::test {

inline core::Platform fixtureMac(const char* id, double ramGiB, double bandwidth, double price, double watts)
{
    core::Platform p;
    p.id = id;
    p.name = id;
    p.vendor = "Apple";
    p.memoryGiB = ramGiB;
    p.bandwidthGBs = bandwidth;
    p.priceUsd = price;
    p.loadWatts = watts;
    p.portable = true;
    return p;
}

inline ui::CatalogData planFixture()
{
    ui::CatalogData catalog;
    core::ModelSpec qwen;
    qwen.id = "qwen3_6_35b_a3b";
    qwen.name = "Qwen3.6-35B-A3B";
    qwen.totalParams = 35e9;
    qwen.activeParams = 3e9;
    qwen.attentionHeads = 16;
    qwen.nativeContext = 262144;
    qwen.attention = core::AttentionKind::HybridLinear;
    qwen.kvGroups = core::gqaLayers(10, 2, 256);
    core::ModelSpec gemma;
    gemma.id = "gemma4_12b";
    gemma.name = "Gemma 4 12B";
    gemma.totalParams = 11.95e9;
    gemma.activeParams = 11.95e9;
    gemma.attentionHeads = 16;
    gemma.nativeContext = 262144;
    gemma.kvGroups = {{40, 8, 256, 1024, false}, {8, 1, 512, 0, true}};
    catalog.models = {qwen, gemma};
    core::Quantization q4;
    q4.id = "q4_k_m";
    q4.name = "Q4_K_M";
    q4.bitsPerWeight = 4.85;
    catalog.quants = {q4};
    catalog.platforms = {fixtureMac("Air 16 GB", 16, 120, 999, 30), fixtureMac("Pro 32 GB", 32, 273, 1799, 60),
                         fixtureMac("Pro 48 GB", 48, 273, 2399, 60)};
    // coding-assistant: 128K context, 2 sessions (chat + agent), as the catalog's use-case row says.
    catalog.workloads = {{"coding-assistant", "Coding assistant", "qwen3_6_35b_a3b", "q4_k_m", 131072, 2},
                         {"student-learning", "Student learning", "gemma4_12b", "q4_k_m", 16384, 1}};
    catalog.workloadInfo = {{QStringLiteral("coding-assistant"), QStringLiteral("Coding assistant"),
                             QStringLiteral("Code completion, chat and agents in your editor")},
                            {QStringLiteral("student-learning"), QStringLiteral("Student learning"),
                             QStringLiteral("Learning and experimenting")}};
    catalog.tiers = {{"tier1", "Tier 1", 16, 24, "Good start"},
                     {"tier2", "Tier 2", 32, 48, "Best value"},
                     {"tier3", "Tier 3", 64, 64, "Power users"},
                     {"tier4", "Tier 4", 96, 128, "Specialized"}};
    catalog.tierExamples = {{"tier1", {"Air 16 GB"}}, {"tier2", {"Pro 32 GB", "Pro 48 GB"}}};
    catalog.tierAudience
        = {{"tier1", QStringLiteral("Students and first experiments")}, {"tier2", QStringLiteral("Most developers")}};
    const ui::Provenance apple{QStringLiteral("https://www.apple.com/macbook-pro/specs/"),
                               QStringLiteral("2026-03-03"),
                               QStringLiteral("yes"),
                               {}};
    for (const core::Platform& p : catalog.platforms) {
        catalog.platformProvenance[p.id] = apple;
    }
    catalog.modelProvenance["qwen3_6_35b_a3b"]
        = {QStringLiteral("https://huggingface.co/Qwen"), QStringLiteral("2026-04-01"), QStringLiteral("yes"), {}};
    catalog.catalogDate = QStringLiteral("2026-11-20");
    return catalog;
}

} // namespace localrig::test
