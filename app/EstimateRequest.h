// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ModelSpec.h"
#include "core/Platform.h"
#include "core/Quantization.h"
#include "core/Result.h"
#include "core/Scenario.h"
#include "db/Catalog.h"

#include <QCommandLineParser>

#include <optional>

namespace localrig::app {

// Everything `localrig estimate` needs, whether it came from raw specs or from catalog names.
struct EstimateRequest
{
    core::ModelSpec model;
    core::Quantization quant;
    std::optional<double> fileBytes;
    core::Platform platform;
    core::Scenario scenario;
    int promptTokens = 0;
};

// Options that describe a model, a machine and a scenario by their raw figures.
void addRawSpecOptions(QCommandLineParser& parser);
// Options shared with catalog lookups: context, sessions, KV type, headroom, prompt tokens.
void addScenarioOptions(QCommandLineParser& parser);

Result<core::Scenario> readScenario(const QCommandLineParser& parser, int* promptTokens);
Result<EstimateRequest> readRawSpec(const QCommandLineParser& parser);

// --model, --quant and --platform: names (or ids) from the catalog instead of raw figures.
void addCatalogOptions(QCommandLineParser& parser);
bool usesCatalogNames(const QCommandLineParser& parser);
Result<EstimateRequest> readCatalogSpec(const QCommandLineParser& parser, const db::Catalog& catalog);

} // namespace localrig::app
