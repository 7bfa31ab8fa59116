// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanOptions.h"

#include "OptionValues.h"
#include "core/Enums.h"
#include "core/InputLimits.h"
#include "core/SizingConstants.h"

#include <QCoreApplication>

namespace localrig::app {

namespace {

constexpr long long kMaxLoraRank = 4096; // past any published LoRA setting
constexpr long long kMaxMicroBatch = 4096;
constexpr long long kMaxSequence = 1LL << 24; // as core/training accepts
constexpr long long kMaxDatasetTokens = 1000000000000LL; // 1 T tokens

// Gives this file's texts the context lupdate files them under ("PlanOptions").
struct PlanOptions
{
    Q_DECLARE_TR_FUNCTIONS(PlanOptions)
};

} // namespace

void addPlanOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("workload"), PlanOptions::tr("A use case to plan for (repeatable), e.g. coding-assistant."),
         QStringLiteral("slug")},
        {QStringLiteral("context"),
         PlanOptions::tr("Context length in tokens, e.g. 32768, 32K or 1M (default: each workload's own)."),
         QStringLiteral("tokens")},
        {QStringLiteral("agents"), PlanOptions::tr("Parallel agents or sessions (default: the workloads' own)."),
         QStringLiteral("n")},
        {QStringLiteral("budget"), PlanOptions::tr("Most you would spend, in USD."), QStringLiteral("usd")},
        {QStringLiteral("vendor"), PlanOptions::tr("apple, nvidia, amd or any (default any)."), QStringLiteral("name")},
        {QStringLiteral("portable"), PlanOptions::tr("Laptops only.")},
        {QStringLiteral("concurrent"),
         PlanOptions::tr("Run the workloads at the same time: memory adds up and they share the bandwidth.")},
        {QStringLiteral("have-pc"),
         PlanOptions::tr("You already have a desktop PC that takes a graphics card: cards cost the card alone.")},
        {QStringLiteral("api-usd-month"), PlanOptions::tr("What you spend on a cloud API per month, in USD."),
         QStringLiteral("usd")},
        {QStringLiteral("usd-per-kwh"), PlanOptions::tr("Electricity price (default 0.1648)."), QStringLiteral("usd")},
        {QStringLiteral("hours-per-day"), PlanOptions::tr("Hours of generation per day (default 8)."),
         QStringLiteral("hours")},
        {QStringLiteral("headroom"), PlanOptions::tr("Comfortable share of RAM, 0.5-0.95 (default 0.75)."),
         QStringLiteral("fraction")},
        {QStringLiteral("kv-type"), PlanOptions::tr("KV cache element type: f16, q8_0 or q4_0."),
         QStringLiteral("type")},
        {QStringLiteral("train-method"), PlanOptions::tr("Fine-tuning method: full, lora or qlora (default lora)."),
         QStringLiteral("method")},
        {QStringLiteral("lora-rank"), PlanOptions::tr("LoRA rank for fine-tuning (default 16)."), QStringLiteral("r")},
        {QStringLiteral("micro-batch"), PlanOptions::tr("Sequences per fine-tuning step (default 1)."),
         QStringLiteral("n")},
        {QStringLiteral("seq-len"),
         PlanOptions::tr("Fine-tuning sequence length in tokens (default: the workload's context)."),
         QStringLiteral("tokens")},
        {QStringLiteral("no-checkpointing"), PlanOptions::tr("Fine-tune without gradient checkpointing.")},
        {QStringLiteral("optimizer"), PlanOptions::tr("Fine-tuning optimizer: adamw, adamw_8bit or sgd."),
         QStringLiteral("name")},
        {QStringLiteral("dataset-tokens"), PlanOptions::tr("Tokens in one fine-tuning epoch, e.g. 10M (default 10M)."),
         QStringLiteral("tokens")},
    });
}

Result<core::TrainingSettings> readTrainingOptions(const QCommandLineParser& parser)
{
    core::TrainingSettings training;
    if (parser.isSet(QStringLiteral("train-method"))) {
        BOOST_OUTCOME_TRY(
            method, core::parseTrainingMethod(parser.value(QStringLiteral("train-method")).toLower().toStdString()));
        training.method = method;
    }
    if (parser.isSet(QStringLiteral("optimizer"))) {
        BOOST_OUTCOME_TRY(optimizer,
                          core::parseOptimizer(parser.value(QStringLiteral("optimizer")).toLower().toStdString()));
        training.optimizer = optimizer;
    }
    BOOST_OUTCOME_TRY(rank, integerIn(parser, QStringLiteral("lora-rank"), training.loraRank, 1, kMaxLoraRank));
    BOOST_OUTCOME_TRY(batch, integerIn(parser, QStringLiteral("micro-batch"), training.microBatch, 1, kMaxMicroBatch));
    BOOST_OUTCOME_TRY(sequence, tokensIn(parser, QStringLiteral("seq-len"), 0, 0, kMaxSequence));
    BOOST_OUTCOME_TRY(tokens,
                      tokensIn(parser, QStringLiteral("dataset-tokens"),
                               static_cast<long long>(core::kDefaultDatasetTokens), 1, kMaxDatasetTokens));
    training.loraRank = static_cast<int>(rank);
    training.microBatch = static_cast<int>(batch);
    training.sequenceLength = static_cast<int>(sequence);
    training.datasetTokens = static_cast<double>(tokens);
    training.gradientCheckpointing = !parser.isSet(QStringLiteral("no-checkpointing"));
    return training;
}

Result<ui::PlanInputs> readPlanOptions(const QCommandLineParser& parser, const db::Catalog& catalog)
{
    ui::PlanInputs inputs;
    const core::SizingConstants defaults;
    for (const QString& slug : parser.values(QStringLiteral("workload"))) {
        BOOST_OUTCOME_TRY(useCase, catalog.useCase(slug));
        inputs.workloads.append(useCase.slug);
    }
    if (inputs.workloads.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, "give at least one --workload (see localrig catalog list use-cases)");
    }
    // 0 for --context and --agents means "the workloads' own", as in the Plan page.
    BOOST_OUTCOME_TRY(context, tokensIn(parser, QStringLiteral("context"), 0, 0, 1LL << 30));
    BOOST_OUTCOME_TRY(agents, integerIn(parser, QStringLiteral("agents"), 0, 0, core::limits::kMaxSessions));
    inputs.contextTokens = static_cast<int>(context);
    inputs.agents = static_cast<int>(agents);
    // Money, electricity, hours and sessions within the limits the Plan page's fields accept (core/InputLimits.h).
    BOOST_OUTCOME_TRY(budget, optionalNumberIn(parser, QStringLiteral("budget"), 1.0, core::limits::kMaxUsd));
    inputs.budgetUsd = budget;
    inputs.vendor = parser.isSet(QStringLiteral("vendor")) ? parser.value(QStringLiteral("vendor")).toLower()
                                                           : QStringLiteral("any");
    if (!QStringList{QStringLiteral("any"), QStringLiteral("apple"), QStringLiteral("nvidia"), QStringLiteral("amd")}
             .contains(inputs.vendor)) {
        return makeError(ErrorCode::InvalidInput,
                         "--vendor '" + inputs.vendor.toStdString() + "' is not one of: apple, nvidia, amd, any");
    }
    inputs.portableOnly = parser.isSet(QStringLiteral("portable"));
    inputs.concurrent = parser.isSet(QStringLiteral("concurrent"));
    inputs.haveDesktopPc = parser.isSet(QStringLiteral("have-pc"));
    BOOST_OUTCOME_TRY(api, numberIn(parser, QStringLiteral("api-usd-month"), 0.0, 0.0, core::limits::kMaxUsd));
    BOOST_OUTCOME_TRY(
        tariff,
        numberIn(parser, QStringLiteral("usd-per-kwh"), defaults.defaultUsdPerKwh, 0.0, core::limits::kMaxUsdPerKwh));
    BOOST_OUTCOME_TRY(hours,
                      numberIn(parser, QStringLiteral("hours-per-day"), defaults.defaultHoursPerDay, 0.0,
                               core::limits::kMaxHoursPerDay));
    BOOST_OUTCOME_TRY(headroom, numberIn(parser, QStringLiteral("headroom"), 0.75, 0.5, 0.95));
    inputs.apiUsdPerMonth = api;
    inputs.usdPerKwh = tariff;
    inputs.hoursPerDay = hours;
    inputs.headroom = headroom;
    if (parser.isSet(QStringLiteral("kv-type"))) {
        BOOST_OUTCOME_TRY(kvType, core::parseKvCacheType(parser.value(QStringLiteral("kv-type")).toStdString()));
        inputs.kvType = kvType;
    }
    BOOST_OUTCOME_TRY(training, readTrainingOptions(parser));
    inputs.training = training;
    return inputs;
}

} // namespace localrig::app
