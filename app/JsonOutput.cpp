// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonOutput.h"

#include "GenerationJson.h"
#include "PlacementJson.h"
#include "TrainingJson.h"
#include "core/Enums.h"

#include <QJsonArray>

namespace localrig::app {

namespace {

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QJsonValue bandOrNull(const std::optional<core::SpeedBand>& band)
{
    return band ? QJsonValue(toJson(*band)) : QJsonValue(QJsonValue::Null);
}

QString reasonCodeName(core::ReasonCode code)
{
    using core::ReasonCode;
    switch (code) {
    case ReasonCode::MeetsAll:
        return QStringLiteral("meets_all");
    case ReasonCode::ModelTight:
        return QStringLiteral("model_tight");
    case ReasonCode::ModelOffloads:
        return QStringLiteral("model_offloads");
    case ReasonCode::ModelDoesNotFit:
        return QStringLiteral("model_does_not_fit");
    case ReasonCode::TooSlow:
        return QStringLiteral("too_slow");
    case ReasonCode::OverBudget:
        return QStringLiteral("over_budget");
    case ReasonCode::VendorExcluded:
        return QStringLiteral("vendor_excluded");
    case ReasonCode::NotPortable:
        return QStringLiteral("not_portable");
    case ReasonCode::NoPrice:
        return QStringLiteral("no_price");
    case ReasonCode::Discontinued:
        return QStringLiteral("discontinued");
    case ReasonCode::CardOnly:
        return QStringLiteral("card_only");
    case ReasonCode::BreakEven:
        return QStringLiteral("break_even");
    case ReasonCode::NeverBreaksEven:
        return QStringLiteral("never_breaks_even");
    case ReasonCode::CheapestThatFits:
        return QStringLiteral("cheapest_that_fits");
    case ReasonCode::RequiredMemory:
        return QStringLiteral("required_memory");
    case ReasonCode::NothingFits:
        return QStringLiteral("nothing_fits");
    case ReasonCode::NeedsHostPc:
        return QStringLiteral("needs_host_pc");
    case ReasonCode::HaveDesktopPc:
        return QStringLiteral("have_desktop_pc");
    case ReasonCode::NoHostForCard:
        return QStringLiteral("no_host_for_card");
    case ReasonCode::SlowAtFullContext:
        return QStringLiteral("slow_at_full_context");
    case ReasonCode::SlowFirstToken:
        return QStringLiteral("slow_first_token");
    case ReasonCode::FirstTokenOverGreat:
        return QStringLiteral("first_token_over_great");
    case ReasonCode::DecodeUnderGreat:
        return QStringLiteral("decode_under_great");
    case ReasonCode::FirstTokenUnknown:
        return QStringLiteral("first_token_unknown");
    case ReasonCode::TrainingSpeedUnknown:
        return QStringLiteral("training_speed_unknown");
    case ReasonCode::TrainingOnCpu:
        return QStringLiteral("training_on_cpu");
    case ReasonCode::PriceUnknown:
        return QStringLiteral("price_unknown");
    case ReasonCode::OnlySlow:
        return QStringLiteral("only_slow");
    case ReasonCode::OnlySlowWithinConstraints:
        return QStringLiteral("only_slow_within_constraints");
    case ReasonCode::OnlyUnpriced:
        return QStringLiteral("only_unpriced");
    case ReasonCode::NoneWithinConstraints:
        return QStringLiteral("none_within_constraints");
    case ReasonCode::CheaperButSlow:
        return QStringLiteral("cheaper_but_slow");
    }
    return QStringLiteral("unknown");
}

// "month" | "not_within_10_years" | "unknown"; null for a machine that does not qualify.
QJsonValue breakEvenToJson(core::BreakEvenKind kind)
{
    switch (kind) {
    case core::BreakEvenKind::Month:
        return QStringLiteral("month");
    case core::BreakEvenKind::NotWithinHorizon:
        return QStringLiteral("not_within_10_years");
    case core::BreakEvenKind::Unknown:
        return QStringLiteral("unknown");
    case core::BreakEvenKind::NotApplicable:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonArray partsToJson(const core::SystemPrice& system)
{
    QJsonArray parts;
    for (const core::PricePart& part : system.parts) {
        parts.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(part.name)},
                                 {QStringLiteral("usd"), part.usd},
                                 {QStringLiteral("source"), QString::fromStdString(part.source)},
                                 {QStringLiteral("source_date"), QString::fromStdString(part.sourceDate)}});
    }
    return parts;
}

} // namespace

QJsonObject toJson(const core::MemoryBreakdown& memory)
{
    return QJsonObject{
        {QStringLiteral("weights_bytes"), memory.weightsBytes},
        {QStringLiteral("kv_cache_bytes"), memory.kvCacheBytes},
        {QStringLiteral("fixed_state_bytes"), memory.fixedStateBytes},
        {QStringLiteral("overhead_bytes"), memory.overheadBytes},
        {QStringLiteral("companion_bytes"), memory.companionBytes}, // projector or generation model beside it
        {QStringLiteral("total_bytes"), memory.totalBytes},
        {QStringLiteral("weights_from_file"), memory.weightsFromFile},
    };
}

QJsonValue measuredToJson(const db::MeasurementEntry* measured)
{
    if (!measured) {
        return QJsonValue(QJsonValue::Null);
    }
    const QJsonValue prompt = measured->promptTokens ? QJsonValue(*measured->promptTokens) : QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("decode_tps"), measured->decodeTps},
        {QStringLiteral("prefill_tps"), optionalToJson(measured->prefillTps)},
        {QStringLiteral("prompt_tokens"), prompt},
        {QStringLiteral("context"), measured->contextTokens},
        {QStringLiteral("backend"), text(core::toString(measured->backend))},
        {QStringLiteral("source"), measured->sourceName},
        {QStringLiteral("source_url"), measured->source.source},
        {QStringLiteral("source_date"), measured->source.sourceDate},
    };
}

QJsonObject toJson(const core::FitResult& fit)
{
    return QJsonObject{
        {QStringLiteral("verdict"), text(core::toString(fit.verdict))},
        {QStringLiteral("meets_headroom"), fit.meetsHeadroom()},
        {QStringLiteral("pool_bytes"), fit.poolBytes},
        {QStringLiteral("comfortable_limit_bytes"), fit.comfortableLimitBytes},
        {QStringLiteral("hard_limit_bytes"), fit.hardLimitBytes},
        {QStringLiteral("gpu_weight_fraction"), fit.gpuWeightFraction},
        {QStringLiteral("fast_pool_bytes"), fit.fastPoolBytes},
        {QStringLiteral("system_pool_bytes"), fit.systemPoolBytes},
    };
}

QJsonObject toJson(const core::SpeedBand& band)
{
    return QJsonObject{
        {QStringLiteral("low"), band.low},
        {QStringLiteral("expected"), band.expected},
        {QStringLiteral("high"), band.high},
    };
}

QJsonObject speedToJson(const core::SpeedEstimate* speed)
{
    if (!speed) {
        const QJsonValue null(QJsonValue::Null);
        return QJsonObject{{QStringLiteral("decode_tps"), null},
                           {QStringLiteral("aggregate_decode_tps"), null},
                           {QStringLiteral("prefill_tps"), null},
                           {QStringLiteral("time_to_first_token_s"), null}};
    }
    return QJsonObject{
        {QStringLiteral("decode_tps"), toJson(speed->decodeTps)},
        {QStringLiteral("aggregate_decode_tps"), toJson(speed->aggregateDecodeTps)},
        {QStringLiteral("prefill_tps"), bandOrNull(speed->prefillTps)},
        {QStringLiteral("time_to_first_token_s"), bandOrNull(speed->timeToFirstTokenSeconds)},
        {QStringLiteral("prompt_tokens"), speed->promptTokens},
        {QStringLiteral("bytes_per_token"), speed->bytesPerToken},
        {QStringLiteral("calibrated"), speed->calibrated},
    };
}

QJsonObject toJson(const core::TcoResult& tco)
{
    QJsonArray local;
    QJsonArray api;
    for (double value : tco.localCumulativeUsd) {
        local.append(value);
    }
    for (double value : tco.apiCumulativeUsd) {
        api.append(value);
    }
    return QJsonObject{
        {QStringLiteral("break_even_month"), optionalToJson(tco.breakEvenMonth)},
        {QStringLiteral("break_even_months_exact"), optionalToJson(tco.breakEvenMonths)},
        {QStringLiteral("electricity_usd_per_month"), tco.electricityUsdPerMonth},
        {QStringLiteral("local_cumulative_usd"), local},
        {QStringLiteral("api_cumulative_usd"), api},
        {QStringLiteral("local_net_usd_at_end"), tco.localNetUsdAtEnd},
    };
}

QJsonObject toJson(const core::Reason& reason)
{
    return QJsonObject{
        {QStringLiteral("code"), reasonCodeName(reason.code)},
        {QStringLiteral("subject"), QString::fromStdString(reason.subject)},
        {QStringLiteral("value"), reason.value},
        {QStringLiteral("limit"), reason.limit},
        // JSON is machine-readable: its keys and this text stay English whatever --lang says.
        {QStringLiteral("text"), QString::fromStdString(core::describe(reason))},
    };
}

QJsonObject toJson(const core::PlatformAssessment& assessment)
{
    const core::Platform& platform = assessment.platform;
    QJsonArray models;
    for (const core::ModelOnPlatform& entry : assessment.models) {
        const bool hasSpeed = entry.fit.verdict != core::FitVerdict::WontFit;
        QJsonObject model = speedToJson(hasSpeed ? &entry.speed : nullptr);
        model.insert(QStringLiteral("model"), QString::fromStdString(entry.modelId));
        model.insert(QStringLiteral("workload"), QString::fromStdString(entry.workload));
        model.insert(QStringLiteral("context_tokens"), entry.contextTokens);
        model.insert(QStringLiteral("sessions"), entry.sessions);
        const QJsonValue null(QJsonValue::Null);
        model.insert(QStringLiteral("decode_tps_start"), hasSpeed ? QJsonValue(toJson(entry.decodeStartTps)) : null);
        model.insert(QStringLiteral("decode_tps_typical"),
                     hasSpeed ? QJsonValue(toJson(entry.decodeTypicalTps)) : null);
        model.insert(QStringLiteral("decode_tps_full"), hasSpeed ? QJsonValue(toJson(entry.decodeFullTps)) : null);
        model.insert(QStringLiteral("memory"), toJson(entry.memory));
        model.insert(QStringLiteral("fit"), toJson(entry.fit));
        addPlacement(model, entry);
        if (entry.training) {
            model.insert(QStringLiteral("training_speed"), trainingSpeedToJson(entry));
        }
        models.append(model);
    }
    QJsonArray reasons;
    for (const core::Reason& reason : assessment.reasons) {
        reasons.append(toJson(reason));
    }
    QJsonObject machine{
        {QStringLiteral("id"), QString::fromStdString(platform.id)},
        {QStringLiteral("name"), QString::fromStdString(platform.name)},
        {QStringLiteral("vendor"), QString::fromStdString(platform.vendor)},
        {QStringLiteral("memory_gb"), platform.memoryGiB},
        {QStringLiteral("vram_gb"), platform.vramGiB},
        {QStringLiteral("bandwidth_gbs"), platform.bandwidthGBs},
        {QStringLiteral("form_factor"), QString::fromStdString(platform.formFactor)},
        {QStringLiteral("price_usd"), optionalToJson(platform.priceUsd)},
        {QStringLiteral("system_price_usd"), optionalToJson(assessment.system.usd)},
        {QStringLiteral("price_parts"), partsToJson(assessment.system)},
        {QStringLiteral("host_build"),
         assessment.system.host ? QJsonValue(QString::fromStdString(assessment.system.host->id)) : QJsonValue()},
        {QStringLiteral("card_only"), assessment.system.cardOnly},
        {QStringLiteral("load_watts"), assessment.system.loadWatts},
        {QStringLiteral("excluded"), assessment.excluded},
        {QStringLiteral("meets_needs"), assessment.meetsNeeds},
        {QStringLiteral("verdict"), text(core::toString(assessment.verdict))},
        {QStringLiteral("verdict_reason"), QString::fromStdString(core::describe(assessment.verdictReason))},
        {QStringLiteral("verdict_reason_code"), reasonCodeName(assessment.verdictReason.code)},
        {QStringLiteral("break_even"), breakEvenToJson(assessment.breakEven)},
        {QStringLiteral("break_even_month"), optionalToJson(assessment.breakEvenMonth)},
        {QStringLiteral("models"), models},
        {QStringLiteral("reasons"), reasons},
    };
    addMachineLayout(machine, assessment);
    return machine;
}

QJsonObject toJson(const core::Recommendation& recommendation)
{
    QJsonArray ranked;
    for (const core::PlatformAssessment& assessment : recommendation.ranked) {
        ranked.append(toJson(assessment));
    }
    QJsonArray reasons;
    for (const core::Reason& reason : recommendation.reasons) {
        reasons.append(toJson(reason));
    }
    QJsonValue tier(QJsonValue::Null);
    if (recommendation.tier) {
        tier = QJsonObject{
            {QStringLiteral("id"), QString::fromStdString(recommendation.tier->id)},
            {QStringLiteral("name"), QString::fromStdString(recommendation.tier->name)},
            {QStringLiteral("min_gb"), recommendation.tier->minGiB},
            {QStringLiteral("max_gb"), recommendation.tier->maxGiB},
            {QStringLiteral("verdict"), QString::fromStdString(recommendation.tier->verdict)},
        };
    }
    QJsonValue recommended(QJsonValue::Null);
    if (recommendation.recommended) {
        const core::PlatformAssessment& best = recommendation.ranked[*recommendation.recommended];
        recommended = QJsonObject{
            {QStringLiteral("id"), QString::fromStdString(best.platform.id)},
            {QStringLiteral("name"), QString::fromStdString(best.platform.name)},
            {QStringLiteral("system_price_usd"), optionalToJson(best.system.usd)},
            {QStringLiteral("verdict"), text(core::toString(best.verdict))},
            {QStringLiteral("break_even_month"), optionalToJson(best.breakEvenMonth)},
            {QStringLiteral("break_even"), breakEvenToJson(best.breakEven)},
        };
    }
    QJsonArray workloads;
    for (const core::WorkloadFootprint& w : recommendation.workloads) {
        workloads.append(GenerationJson::workload(w)); // the LLM and what runs beside it (issue 18)
    }
    return QJsonObject{
        {QStringLiteral("recommended"), recommended},
        {QStringLiteral("no_recommendation_reason"),
         recommendation.recommended
             ? QJsonValue()
             : QJsonValue(QString::fromStdString(core::describe(recommendation.noRecommendationReason)))},
        {QStringLiteral("concurrent"), recommendation.concurrent},
        {QStringLiteral("workloads"), workloads},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("peak_footprint_bytes"), recommendation.peakFootprintBytes},
        {QStringLiteral("required_memory_bytes"), recommendation.requiredMemoryBytes},
        {QStringLiteral("ranked"), ranked},
        {QStringLiteral("reasons"), reasons},
    };
}

} // namespace localrig::app
