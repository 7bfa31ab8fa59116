// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Recommender.h"
#include "db/Catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace localrig::app {

// Vision projectors and image/video generation models in the CLI (issue 18).
class GenerationJson
{
    Q_DECLARE_TR_FUNCTIONS(GenerationJson)

public:
    // One workload of `recommend --json`: its LLM and every companion loaded beside it, each with its bytes.
    static QJsonObject workload(const core::WorkloadFootprint& footprint);
    // The generation models as rows of `catalog list models` (KIND image or video) and as JSON objects with
    // their components, footprint and published speeds ("not estimated" when none was published).
    static void listModels(const db::Catalog& catalog, std::vector<QStringList>& table, QJsonArray& json);
};

} // namespace localrig::app
