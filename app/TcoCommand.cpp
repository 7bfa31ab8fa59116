// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcoCommand.h"

#include "CatalogSession.h"
#include "CommandHelp.h"
#include "JsonOutput.h"
#include "OptionValues.h"
#include "core/InputLimits.h"
#include "core/SizingConstants.h"
#include "core/Tco.h"
#include "ui/PlatformCatalogModel.h"
#include "ui/Wording.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace localrig::app {

namespace {

// Where the wall power came from: --watts, the catalog machine's load power, or nowhere (electricity left out).
struct Power
{
    double watts = 0.0;
    QString machine; // the catalog machine's name when its load power is used
};

Result<core::TcoInput> readInput(const QCommandLineParser& parser, double loadWatts)
{
    const core::SizingConstants defaults;
    core::TcoInput input;
    if (!parser.isSet(QStringLiteral("hardware-usd")) || !parser.isSet(QStringLiteral("api-usd-month"))) {
        return makeError(ErrorCode::InvalidInput, "--hardware-usd and --api-usd-month are required");
    }
    // The ranges of the Plan page's fields (core/InputLimits.h); up to 50 years.
    using core::limits::kMaxUsd;
    BOOST_OUTCOME_TRY(price, numberIn(parser, QStringLiteral("hardware-usd"), 0.0, 0.0, kMaxUsd));
    BOOST_OUTCOME_TRY(api, numberIn(parser, QStringLiteral("api-usd-month"), 0.0, 0.0, kMaxUsd));
    BOOST_OUTCOME_TRY(watts, numberIn(parser, QStringLiteral("watts"), loadWatts, 0.0, 1e5));
    BOOST_OUTCOME_TRY(hours,
                      numberIn(parser, QStringLiteral("hours-per-day"), defaults.defaultHoursPerDay, 0.0,
                               core::limits::kMaxHoursPerDay));
    BOOST_OUTCOME_TRY(
        tariff,
        numberIn(parser, QStringLiteral("usd-per-kwh"), defaults.defaultUsdPerKwh, 0.0, core::limits::kMaxUsdPerKwh));
    BOOST_OUTCOME_TRY(months, integerIn(parser, QStringLiteral("months"), defaults.defaultTcoMonths, 1, 600));
    BOOST_OUTCOME_TRY(resale, numberIn(parser, QStringLiteral("resale-fraction"), 0.0, 0.0, 1.0));
    input.hardwareUsd = price;
    input.apiUsdPerMonth = api;
    input.loadWatts = watts;
    input.hoursPerDay = hours;
    input.usdPerKwh = tariff;
    input.months = static_cast<int>(months);
    input.resaleFraction = resale;
    return input;
}

// --watts wins; else a catalog machine's load power (--machine/--platform); else none.
Result<Power> readPower(const QCommandLineParser& parser, QTextStream& err)
{
    Power power;
    if (parser.isSet(QStringLiteral("watts")) || !parser.isSet(QStringLiteral("machine"))) {
        return power;
    }
    BOOST_OUTCOME_TRY(session, openCatalogSession(err));
    BOOST_OUTCOME_TRY(entry, session.catalog.platform(parser.value(QStringLiteral("machine"))));
    power.watts = entry.platform.loadWatts;
    power.machine = QString::fromStdString(entry.platform.name);
    return power;
}

QString electricityLine(const core::TcoInput& input, const core::TcoResult& result, const Power& power, bool wattsGiven)
{
    if (input.loadWatts <= 0.0) {
        if (wattsGiven) {
            return TcoCommand::tr("Electricity: %1 per month (0 W)").arg(ui::Wording::money(0.0, 2));
        }
        return power.machine.isEmpty()
            ? TcoCommand::tr("Electricity: left out (give --watts, or --machine for its catalog load power)")
            : TcoCommand::tr("Electricity: left out, the catalog has no load power for %1 (give --watts)")
                  .arg(power.machine);
    }
    const QString perMonth = ui::Wording::money(result.electricityUsdPerMonth, 2);
    const QString tariff = ui::Wording::money(input.usdPerKwh, 4);
    if (!wattsGiven && !power.machine.isEmpty()) {
        return TcoCommand::tr("Electricity: %1 per month (%2 under load, from the catalog for %3; %4 per kWh)")
            .arg(perMonth, ui::PlatformCatalogModel::wattsText(input.loadWatts), power.machine, tariff);
    }
    return TcoCommand::tr("Electricity: %1 per month (%2 under load; %3 per kWh)")
        .arg(perMonth, ui::PlatformCatalogModel::wattsText(input.loadWatts), tariff);
}

} // namespace

QString TcoCommand::name() const
{
    return QStringLiteral("tco");
}

QString TcoCommand::summary() const
{
    return tr("Total cost of a machine against monthly API spend, with the break-even month.");
}

int TcoCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("hardware-usd"), tr("Price of the machine in USD."), QStringLiteral("usd")},
        {QStringLiteral("api-usd-month"), tr("API spend per month in USD."), QStringLiteral("usd")},
        {QStringLiteral("watts"),
         tr("Wall power while generating (default: the machine's catalog load power with --machine, else "
            "electricity is left out)."),
         QStringLiteral("W")},
        {{QStringLiteral("machine"), QStringLiteral("platform")},
         tr("A catalog machine by name or id, for its load power (see localrig catalog list machines)."),
         QStringLiteral("name")},
        {QStringLiteral("hours-per-day"), tr("Hours of generation per day (default 8)."), QStringLiteral("hours")},
        {QStringLiteral("usd-per-kwh"), tr("Electricity price (default 0.1648, US 2024 average)."),
         QStringLiteral("usd")},
        {QStringLiteral("months"), tr("Months to compare (default 36)."), QStringLiteral("n")},
        {QStringLiteral("resale-fraction"), tr("Share of the price recovered by selling at the end (default 0)."),
         QStringLiteral("fraction")},
    });
    if (!parser.parse(arguments)) {
        err << tr("localrig tco: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    auto power = readPower(parser, err);
    if (!power) {
        err << tr("localrig tco: %1").arg(errorLine(power.error())) << Qt::endl;
        return ExitBadArguments;
    }
    auto input = readInput(parser, power.value().watts);
    if (!input) {
        err << tr("localrig tco: %1").arg(errorLine(input.error())) << Qt::endl;
        return ExitBadArguments;
    }
    auto tco = core::computeTco(input.value());
    if (!tco) {
        err << tr("localrig tco: %1").arg(errorLine(tco.error())) << Qt::endl;
        return ExitBadArguments;
    }
    const bool wattsGiven = parser.isSet(QStringLiteral("watts"));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root = toJson(tco.value());
        root.insert(QStringLiteral("load_watts"), input.value().loadWatts);
        root.insert(QStringLiteral("load_watts_source"),
                    wattsGiven                             ? QStringLiteral("option")
                        : !power.value().machine.isEmpty() ? QStringLiteral("catalog")
                                                           : QStringLiteral("none"));
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QLocale locale;
    const core::TcoResult& result = tco.value();
    out << electricityLine(input.value(), result, power.value(), wattsGiven) << '\n';
    if (result.breakEvenMonth) {
        out << tr("Break-even in month %1 (the lines cross after %2 months)")
                   .arg(locale.toString(*result.breakEvenMonth))
                   .arg(locale.toString(*result.breakEvenMonths, 'f', 1))
            << '\n';
    } else {
        out << tr("Never breaks even within %n month(s)", nullptr, input.value().months) << '\n';
    }
    const int months = input.value().months;
    out << tr("After %n month(s): local %1, API %2", nullptr, months)
               .arg(ui::Wording::money(result.localCumulativeUsd.back()),
                    ui::Wording::money(result.apiCumulativeUsd.back()))
        << '\n';
    return ExitOk;
}

} // namespace localrig::app
