// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanOptions.h"

#include "OptionValues.h"
#include "core/Enums.h"
#include "core/SizingConstants.h"

#include <QCoreApplication>

namespace localrig::app {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PlanOptions", text);
}

} // namespace

void addPlanOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("workload"), tr("A use case to plan for (repeatable), e.g. coding-assistant."),
         QStringLiteral("slug")},
        {QStringLiteral("context"), tr("Context length in tokens (default: the workloads' own)."),
         QStringLiteral("tokens")},
        {QStringLiteral("agents"), tr("Parallel agents or sessions (default: the workloads' own)."),
         QStringLiteral("n")},
        {QStringLiteral("budget"), tr("Most you would spend, in USD."), QStringLiteral("usd")},
        {QStringLiteral("vendor"), tr("apple, nvidia, amd or any (default any)."), QStringLiteral("name")},
        {QStringLiteral("portable"), tr("Laptops only.")},
        {QStringLiteral("api-usd-month"), tr("What you spend on a cloud API per month, in USD."),
         QStringLiteral("usd")},
        {QStringLiteral("usd-per-kwh"), tr("Electricity price (default 0.1648)."), QStringLiteral("usd")},
        {QStringLiteral("hours-per-day"), tr("Hours of generation per day (default 8)."), QStringLiteral("hours")},
        {QStringLiteral("headroom"), tr("Comfortable share of RAM, 0.5-0.95 (default 0.75)."),
         QStringLiteral("fraction")},
        {QStringLiteral("kv-type"), tr("KV cache element type: f16, q8_0 or q4_0."), QStringLiteral("type")},
    });
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
    BOOST_OUTCOME_TRY(context, integerOr(parser, QStringLiteral("context"), 0));
    BOOST_OUTCOME_TRY(agents, integerOr(parser, QStringLiteral("agents"), 0));
    if (context < 0 || context > (1LL << 30) || agents < 0 || agents > 4096) {
        return makeError(ErrorCode::OutOfRange, "--context must be 1 to 1073741824 and --agents 1 to 4096");
    }
    inputs.contextTokens = static_cast<int>(context);
    inputs.agents = static_cast<int>(agents);
    BOOST_OUTCOME_TRY(budget, optionalNumber(parser, QStringLiteral("budget")));
    inputs.budgetUsd = budget;
    inputs.vendor = parser.isSet(QStringLiteral("vendor")) ? parser.value(QStringLiteral("vendor")).toLower()
                                                           : QStringLiteral("any");
    if (!QStringList{QStringLiteral("any"), QStringLiteral("apple"), QStringLiteral("nvidia"), QStringLiteral("amd")}
             .contains(inputs.vendor)) {
        return makeError(ErrorCode::InvalidInput,
                         "--vendor '" + inputs.vendor.toStdString() + "' is not one of: apple, nvidia, amd, any");
    }
    inputs.portableOnly = parser.isSet(QStringLiteral("portable"));
    BOOST_OUTCOME_TRY(api, numberOr(parser, QStringLiteral("api-usd-month"), 0.0));
    BOOST_OUTCOME_TRY(tariff, numberOr(parser, QStringLiteral("usd-per-kwh"), defaults.defaultUsdPerKwh));
    BOOST_OUTCOME_TRY(hours, numberOr(parser, QStringLiteral("hours-per-day"), defaults.defaultHoursPerDay));
    BOOST_OUTCOME_TRY(headroom, numberOr(parser, QStringLiteral("headroom"), 0.75));
    inputs.apiUsdPerMonth = api;
    inputs.usdPerKwh = tariff;
    inputs.hoursPerDay = hours;
    inputs.headroom = headroom;
    if (parser.isSet(QStringLiteral("kv-type"))) {
        BOOST_OUTCOME_TRY(kvType, core::parseKvCacheType(parser.value(QStringLiteral("kv-type")).toStdString()));
        inputs.kvType = kvType;
    }
    return inputs;
}

} // namespace localrig::app
