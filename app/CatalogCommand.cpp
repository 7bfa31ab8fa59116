// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogCommand.h"

#include "CatalogCheck.h"
#include "CommandHelp.h"
#include "GenerationJson.h"
#include "core/Enums.h"
#include "core/Units.h"
#include "db/AppCatalog.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace localrig::app {

namespace {

using Table = std::vector<QStringList>; // first row: headers

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void printTable(QTextStream& out, const Table& table)
{
    std::vector<qsizetype> widths;
    for (const QStringList& row : table) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(row.size())), 0);
        for (qsizetype c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    for (const QStringList& row : table) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        }
        out << line << '\n';
    }
}

void listModels(const db::Catalog& catalog, Table& table, QJsonArray& json)
{
    table.push_back({CatalogCommand::tr("ID"), CatalogCommand::tr("NAME"), CatalogCommand::tr("KIND"),
                     CatalogCommand::tr("TOTAL B"), CatalogCommand::tr("ACTIVE B"), CatalogCommand::tr("ATTENTION"),
                     CatalogCommand::tr("CONTEXT")});
    for (const db::ModelEntry& m : catalog.models()) {
        const double total = m.spec.totalParams / core::kParamsPerBillion;
        const double active = m.spec.activeParams / core::kParamsPerBillion;
        table.push_back({fromStd(m.spec.id), fromStd(m.spec.name), CatalogCommand::tr("text"), number(total, 1),
                         number(active, 1), fromStd(core::toString(m.spec.attention)),
                         m.spec.nativeContext > 0 ? QLocale().toString(m.spec.nativeContext) : QStringLiteral("?")});
        json.append(QJsonObject{{QStringLiteral("id"), fromStd(m.spec.id)},
                                {QStringLiteral("name"), fromStd(m.spec.name)},
                                {QStringLiteral("family"), fromStd(m.spec.family)},
                                {QStringLiteral("kind"), QStringLiteral("text")},
                                {QStringLiteral("total_params"), m.spec.totalParams},
                                {QStringLiteral("active_params"), m.spec.activeParams},
                                {QStringLiteral("attention_kind"), fromStd(core::toString(m.spec.attention))},
                                {QStringLiteral("native_context"), m.spec.nativeContext},
                                {QStringLiteral("architecture_from_relative"), m.architectureFromRelative},
                                {QStringLiteral("user_defined"), m.userDefined},
                                {QStringLiteral("source"), m.source.source},
                                {QStringLiteral("source_date"), m.source.sourceDate},
                                {QStringLiteral("confirmed"), db::confirmationName(m.source.confirmation)}});
    }
    GenerationJson::listModels(catalog, table, json); // image and video generation models (issue 18)
}

void listPlatforms(const db::Catalog& catalog, Table& table, QJsonArray& json)
{
    table.push_back({CatalogCommand::tr("ID"), CatalogCommand::tr("NAME"), CatalogCommand::tr("MEMORY GB"),
                     CatalogCommand::tr("VRAM GB"), CatalogCommand::tr("GB/S"), CatalogCommand::tr("PRICE USD")});
    for (const db::PlatformEntry& p : catalog.platforms()) {
        QString price = p.platform.priceUsd ? number(*p.platform.priceUsd, 0) : QStringLiteral("?");
        if (!p.platform.priceUsd && p.availability == QLatin1String("announced")) {
            price = CatalogCommand::tr("announced, no price");
        } else if (p.priceStale) {
            price += CatalogCommand::tr(" (stale, %1)").arg(p.priceDate);
        }
        if (p.priceOrigin == db::PriceOrigin::GuideOnly) {
            price += CatalogCommand::tr(" (guide)");
        } else if (p.priceOrigin == db::PriceOrigin::UserOverride) {
            price += CatalogCommand::tr(" (yours)");
        }
        table.push_back({fromStd(p.platform.id), fromStd(p.platform.name), number(p.platform.memoryGiB, 0),
                         p.platform.vramGiB > 0.0 ? number(p.platform.vramGiB, 0) : QStringLiteral("-"),
                         number(p.platform.bandwidthGBs, 0), price});
        static const char* const origins[] = {"none", "catalog", "guide_only", "user_override"};
        json.append(
            QJsonObject{{QStringLiteral("id"), fromStd(p.platform.id)},
                        {QStringLiteral("name"), fromStd(p.platform.name)},
                        {QStringLiteral("vendor"), fromStd(p.platform.vendor)},
                        {QStringLiteral("memory_kind"), fromStd(core::toString(p.platform.memoryKind))},
                        {QStringLiteral("memory_gib"), p.platform.memoryGiB},
                        {QStringLiteral("vram_gib"), p.platform.vramGiB},
                        {QStringLiteral("bandwidth_gbs"), p.platform.bandwidthGBs},
                        {QStringLiteral("fp16_tflops"), optionalNumber(p.platform.fp16Tflops)},
                        {QStringLiteral("price_usd"), optionalNumber(p.platform.priceUsd)},
                        {QStringLiteral("price_origin"), QLatin1String(origins[static_cast<int>(p.priceOrigin)])},
                        {QStringLiteral("price_date"), p.priceDate},
                        {QStringLiteral("price_stale"), p.priceStale},
                        {QStringLiteral("availability"), p.availability},
                        {QStringLiteral("user_defined"), p.userDefined},
                        {QStringLiteral("my_machine"), p.isMyMachine},
                        {QStringLiteral("source"), p.source.source},
                        {QStringLiteral("source_date"), p.source.sourceDate},
                        {QStringLiteral("confirmed"), db::confirmationName(p.source.confirmation)}});
    }
}

void listQuants(const db::Catalog& catalog, Table& table, QJsonArray& json)
{
    table.push_back({CatalogCommand::tr("ID"), CatalogCommand::tr("NAME"), CatalogCommand::tr("FORMAT"),
                     CatalogCommand::tr("BITS/WEIGHT")});
    for (const db::QuantEntry& q : catalog.quantizations()) {
        table.push_back({fromStd(q.quant.id), fromStd(q.quant.name), fromStd(core::toString(q.quant.format)),
                         number(q.quant.bitsPerWeight, 2)});
        json.append(QJsonObject{{QStringLiteral("id"), fromStd(q.quant.id)},
                                {QStringLiteral("name"), fromStd(q.quant.name)},
                                {QStringLiteral("format"), fromStd(core::toString(q.quant.format))},
                                {QStringLiteral("kernel"), fromStd(core::toString(q.quant.kernel))},
                                {QStringLiteral("bits_per_weight"), q.quant.bitsPerWeight},
                                {QStringLiteral("source"), q.source.source},
                                {QStringLiteral("source_date"), q.source.sourceDate}});
    }
}

void listUseCases(const db::Catalog& catalog, Table& table, QJsonArray& json)
{
    table.push_back({CatalogCommand::tr("SLUG"), CatalogCommand::tr("NAME"), CatalogCommand::tr("MODEL"),
                     CatalogCommand::tr("QUANT"), CatalogCommand::tr("CONTEXT")});
    for (const db::UseCaseEntry& u : catalog.useCases()) {
        table.push_back({u.slug, u.name, u.modelId, u.quantId,
                         u.contextTokens > 0 ? QLocale().toString(u.contextTokens) : QStringLiteral("?")});
        json.append(QJsonObject{{QStringLiteral("slug"), u.slug},
                                {QStringLiteral("name"), u.name},
                                {QStringLiteral("model_id"), u.modelId},
                                {QStringLiteral("quant_id"), u.quantId},
                                {QStringLiteral("context_tokens"), u.contextTokens},
                                {QStringLiteral("sessions"), u.sessions},
                                {QStringLiteral("guide_tier"), u.guideTier},
                                {QStringLiteral("source"), u.source.source},
                                {QStringLiteral("source_date"), u.source.sourceDate}});
    }
}

} // namespace

QString CatalogCommand::name() const
{
    return QStringLiteral("catalog");
}

QString CatalogCommand::summary() const
{
    return tr("List the catalog's models, platforms, quantizations or use cases, or check it like a reviewer.");
}

int CatalogCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("today"),
                                        tr("check: the day prices are aged against (YYYY-MM-DD; default today)."),
                                        QStringLiteral("date")));
    parser.addPositionalArgument(QStringLiteral("action"), tr("The action: list or check."));
    parser.addPositionalArgument(QStringLiteral("what"),
                                 tr("list: models, platforms (or machines), quants or use-cases."));
    if (!parser.parse(arguments)) {
        err << tr("localrig catalog: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional.at(1) == QLatin1String("machines")) {
        positional[1] = QStringLiteral("platforms"); // issue 14: buyers say machines
    }
    static const QStringList kinds{QStringLiteral("models"), QStringLiteral("platforms"), QStringLiteral("quants"),
                                   QStringLiteral("use-cases")};
    const bool check = positional.size() == 1 && positional.at(0) == QLatin1String("check");
    if (!check
        && (positional.size() != 2 || positional.at(0) != QLatin1String("list") || !kinds.contains(positional.at(1)))) {
        err << tr("localrig catalog: expected 'list models|platforms|machines|quants|use-cases' or 'check'")
            << Qt::endl;
        return ExitBadArguments;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err << tr("localrig catalog: --today must be a date YYYY-MM-DD") << Qt::endl;
            return ExitBadArguments;
        }
    }
    auto opened = db::openAppCatalog();
    if (!opened) {
        err << tr("localrig catalog: %1").arg(QString::fromStdString(opened.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    if (!opened.value().warning.isEmpty()) {
        err << tr("localrig: warning: %1").arg(opened.value().warning) << Qt::endl;
    }
    const db::Catalog& catalog = opened.value().catalog;
    if (check) {
        const db::AuditReport report = db::auditCatalog(catalog, today);
        if (parser.isSet(QStringLiteral("json"))) {
            CatalogCheck::printJson(report, out);
        } else {
            CatalogCheck::printText(report, out);
        }
        return ExitOk;
    }
    Table table;
    QJsonArray json;
    const QString& what = positional.at(1);
    if (what == QLatin1String("models")) {
        listModels(catalog, table, json);
    } else if (what == QLatin1String("platforms")) {
        listPlatforms(catalog, table, json);
    } else if (what == QLatin1String("quants")) {
        listQuants(catalog, table, json);
    } else {
        listUseCases(catalog, table, json);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printTable(out, table);
    }
    return ExitOk;
}

} // namespace localrig::app
