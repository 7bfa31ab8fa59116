// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecommendCommand.h"

#include "CatalogSession.h"
#include "CommandHelp.h"
#include "JsonOutput.h"
#include "OptionValues.h"
#include "PlanOptions.h"
#include "TrainingJson.h"
#include "core/Enums.h"
#include "ui/BuyerWording.h"
#include "ui/MeasuredEvidence.h"
#include "ui/PlanCalculator.h"
#include "ui/TierCardBuilder.h"
#include "ui/TrainingWording.h"
#include "ui/Wording.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace localrig::app {

namespace {

constexpr int kMachinesShown = 8;

QString changeKindName(core::ChangeKind kind)
{
    switch (kind) {
    case core::ChangeKind::QuantUp:
        return QStringLiteral("quant_up");
    case core::ChangeKind::QuantDown:
        return QStringLiteral("quant_down");
    case core::ChangeKind::HalveContext:
        return QStringLiteral("halve_context");
    case core::ChangeKind::DoubleContext:
        return QStringLiteral("double_context");
    case core::ChangeKind::AddSession:
        return QStringLiteral("add_session");
    case core::ChangeKind::RemoveSession:
        return QStringLiteral("remove_session");
    case core::ChangeKind::KvCacheQ8:
        return QStringLiteral("kv_cache_q8_0");
    case core::ChangeKind::RaiseGpuLimit:
        return QStringLiteral("raise_gpu_limit");
    }
    return QStringLiteral("unknown");
}

QJsonObject planToJson(const ui::PlanResult& result)
{
    QJsonObject root = toJson(*result.recommendation);
    const core::Scenario& s = result.plan.scenario;
    root.insert(QStringLiteral("scenario"),
                QJsonObject{{QStringLiteral("context_tokens"), s.contextTokens},
                            {QStringLiteral("sessions"), s.sessions},
                            {QStringLiteral("kv_type"), QString::fromLatin1(core::toString(s.kvType).data())},
                            {QStringLiteral("headroom"), s.headroom}});
    QJsonArray models;
    for (const core::ModelNeed& need : result.plan.needs) {
        models.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(need.model.id)},
                                  {QStringLiteral("name"), QString::fromStdString(need.model.name)},
                                  {QStringLiteral("quant"), QString::fromStdString(need.quant.id)},
                                  {QStringLiteral("workload"), QString::fromStdString(need.workload)},
                                  {QStringLiteral("file_bytes"), optionalToJson(need.fileBytes)}});
    }
    root.insert(QStringLiteral("models"), models);
    root.insert(QStringLiteral("training"), trainingToJson(*result.recommendation));
    QJsonArray lints;
    // JSON is machine-readable: its keys and this `text` stay English whatever --lang says.
    for (const core::Lint& lint : result.lints) {
        lints.append(QJsonObject{{QStringLiteral("text"), QString::fromStdString(core::describe(lint))}});
    }
    root.insert(QStringLiteral("lints"), lints);
    QJsonArray changes;
    for (const core::VerdictChange& change : result.changes) {
        changes.append(QJsonObject{
            {QStringLiteral("kind"), changeKindName(change.kind)},
            {QStringLiteral("from"), QString::fromStdString(change.from)},
            {QStringLiteral("to"), QString::fromStdString(change.to)},
            {QStringLiteral("required_memory_bytes"), change.requiredMemoryBytes},
            {QStringLiteral("tier"), change.tier ? QJsonValue(QString::fromStdString(change.tier->id)) : QJsonValue()},
            {QStringLiteral("verdict_changes"), change.verdictChanges},
        });
        if (change.gpuLimit) {
            QJsonObject last = changes.last().toObject();
            last.insert(QStringLiteral("machine"), QString::fromStdString(change.machine));
            last.insert(QStringLiteral("command"), QString::fromStdString(change.gpuLimit->command));
            changes.replace(changes.size() - 1, last);
        }
    }
    root.insert(QStringLiteral("changes"), changes);
    return root;
}

void printHuman(const ui::PlanResult& result, const ui::CatalogData& data, bool hasApiSpend, QTextStream& out)
{
    const ui::TierCardContent card = ui::TierCardBuilder::recommended(result, data);
    out << card.answer << '\n';
    for (const QString& line : card.answerDetails) {
        out << QStringLiteral("  %1\n").arg(line);
    }
    QStringList heading{card.title, card.range, card.verdict};
    heading.removeAll(QString());
    out << '\n' << heading.join(QStringLiteral(" · ")) << '\n';
    for (const QString& model : card.models) {
        out << QStringLiteral("  %1\n").arg(model);
    }
    out << '\n' << RecommendCommand::tr("Machines, best first:") << '\n';
    int shown = 0;
    for (const core::PlatformAssessment& a : result.recommendation->ranked) {
        if (a.excluded || shown == kMachinesShown) {
            continue;
        }
        const core::ModelOnPlatform* limiting = ui::BuyerWording::limitingModel(a);
        // As the ranked table: a runner-up's published runs are worth a word too.
        const QString reason
            = ui::MeasuredEvidence::markedReason(ui::BuyerWording::rowReason(a), result.disagreements, a.platform.id);
        QStringList cells{
            QString::fromStdString(a.platform.name),
            ui::BuyerWording::systemPrice(a, data.guideOnlyPrices.count(a.platform.id) > 0),
            RecommendCommand::tr("%1 (%2)").arg(ui::BuyerWording::verdict(a.verdict), reason),
        };
        if (limiting && limiting->fit.verdict != core::FitVerdict::WontFit) {
            cells.append(ui::BuyerWording::speedRange(*limiting));
            cells.append(RecommendCommand::tr("first token %1").arg(ui::BuyerWording::firstToken(*limiting)));
        }
        for (const core::ModelOnPlatform& m : a.models) {
            if (m.training && m.trainingSpeed) {
                cells.append(RecommendCommand::tr("training %1 tokens/s, epoch %2")
                                 .arg(QLocale().toString(m.trainingSpeed->tokensPerSecond.typical, 'f', 0),
                                      ui::TrainingWording::duration(m.trainingSpeed->seconds.typical)));
            }
        }
        if (hasApiSpend && a.breakEven != core::BreakEvenKind::NotApplicable) {
            cells.append(RecommendCommand::tr("break-even %1").arg(ui::BuyerWording::breakEven(a)));
        }
        out << QStringLiteral("  %1. %2\n").arg(++shown).arg(cells.join(QStringLiteral("  ")));
    }
    out << '\n' << RecommendCommand::tr("Why:") << '\n';
    for (const QString& reason : card.reasons) {
        out << QStringLiteral("  - %1\n").arg(reason);
    }
    if (!result.lints.empty()) {
        out << '\n' << RecommendCommand::tr("From the guide:") << '\n';
        for (const core::Lint& lint : result.lints) {
            out << QStringLiteral("  - %1\n").arg(ui::Wording::lint(lint));
        }
    }
}

} // namespace

QString RecommendCommand::name() const
{
    return QStringLiteral("recommend");
}

QString RecommendCommand::summary() const
{
    return tr("The tier and the machines your workloads need, ranked, with reasons.");
}

int RecommendCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON.")));
    addPlanOptions(parser);
    if (!parser.parse(arguments)) {
        err << tr("localrig recommend: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    auto session = openCatalogSession(err);
    if (!session) {
        err << tr("localrig recommend: %1").arg(errorLine(session.error())) << Qt::endl;
        return ExitFailure;
    }
    auto inputs = readPlanOptions(parser, session.value().catalog);
    if (!inputs) {
        err << tr("localrig recommend: %1").arg(errorLine(inputs.error())) << Qt::endl;
        return ExitBadArguments;
    }
    ui::PlanCalculator calculator(session.value().data);
    calculator.setInputs(inputs.value());
    const ui::PlanResult& result = calculator.result();
    if (!result.recommendation) {
        const Error error = result.error.value_or(Error{ErrorCode::InvalidInput, "no recommendation"});
        err << tr("localrig recommend: %1").arg(errorLine(error)) << Qt::endl;
        return error.code == ErrorCode::CorruptCatalog ? ExitFailure : ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(planToJson(result)).toJson(QJsonDocument::Indented);
    } else {
        printHuman(result, session.value().data, inputs.value().apiUsdPerMonth > 0.0, out);
    }
    return ExitOk;
}

} // namespace localrig::app
