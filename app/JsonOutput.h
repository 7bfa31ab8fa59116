// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Fit.h"
#include "core/MemoryEstimate.h"
#include "core/Recommender.h"
#include "core/SpeedEstimate.h"
#include "core/Tco.h"
#include "db/CatalogTypes.h"

#include <QJsonObject>
#include <QJsonValue>

// Core results as JSON for `--json`: sizes in bytes, speeds in tokens/s, money in USD, keys in snake_case.
namespace localrig::app {

QJsonObject toJson(const core::MemoryBreakdown& memory);
QJsonObject toJson(const core::FitResult& fit);
QJsonObject toJson(const core::SpeedBand& band);
// decode/prefill bands; null for what is unknown (a model that does not fit has no speed).
QJsonObject speedToJson(const core::SpeedEstimate* speed);
// A published measurement beside an estimate: {decode_tps, prefill_tps, prompt_tokens, context, backend,
// source, source_url, source_date}; null when the catalog has none.
QJsonValue measuredToJson(const db::MeasurementEntry* measured);
QJsonObject toJson(const core::TcoResult& tco);
QJsonObject toJson(const core::Reason& reason);
QJsonObject toJson(const core::PlatformAssessment& assessment);
QJsonObject toJson(const core::Recommendation& recommendation);

template <class T>
QJsonValue optionalToJson(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace localrig::app
