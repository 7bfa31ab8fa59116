// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportModelCommand.h"

#include "CommandHelp.h"
#include "OptionValues.h"
#include "core/Units.h"
#include "core/gguf/ModelFileInspector.h"
#include "db/AppCatalog.h"
#include "db/ModelFileImport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace localrig::app {

namespace {

QJsonObject toJson(const db::ModelFileImport& rows, const QString& userDatabase)
{
    const db::ModelEntry& m = rows.model;
    const QJsonValue workload = rows.workload ? QJsonValue(rows.workload->slug) : QJsonValue();
    return QJsonObject{
        {QStringLiteral("id"), QString::fromStdString(m.spec.id)},
        {QStringLiteral("name"), QString::fromStdString(m.spec.name)},
        {QStringLiteral("parameters"), m.spec.totalParams},
        {QStringLiteral("active_parameters"), m.spec.activeParams},
        {QStringLiteral("quant"),
         rows.fileSize ? QJsonValue(rows.fileSize->quantId)
                       : (rows.workload ? QJsonValue(rows.workload->quantId) : QJsonValue())},
        {QStringLiteral("weights_bytes"), rows.fileSize ? QJsonValue(rows.fileSize->bytes) : QJsonValue()},
        {QStringLiteral("workload"), workload},
        {QStringLiteral("replaced"), rows.replacesOwnModel},
        {QStringLiteral("user_database"), userDatabase},
    };
}

} // namespace

QString ImportModelCommand::name() const
{
    return QStringLiteral("import-model");
}

QString ImportModelCommand::summary() const
{
    return tr("Add a model to your catalog from a GGUF file or a Hugging Face config.json.");
}

int ImportModelCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("The model's name (default: the file's own)."),
                                        QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("quant"),
                                        tr("The catalog quantization the file is in (default: its file type)."),
                                        QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("context"),
                                        tr("Context of the Plan workload that runs the model (default 8192)."),
                                        QStringLiteral("tokens")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-workload"), tr("Do not offer the model on the Plan page.")));
    parser.addPositionalArgument(QStringLiteral("file"), tr("A .gguf file, a config.json, or a folder holding one."));
    if (!parser.parse(arguments)) {
        err << tr("localrig import-model: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty()) {
        err << tr("localrig import-model: expected one FILE (.gguf, config.json or a folder)") << Qt::endl;
        return ExitBadArguments;
    }
    db::ModelImportOptions options;
    options.displayName = parser.value(QStringLiteral("name"));
    options.quantId = parser.value(QStringLiteral("quant"));
    options.addWorkload = !parser.isSet(QStringLiteral("no-workload"));
    auto context = integerOr(parser, QStringLiteral("context"), options.workloadContext);
    if (!context || context.value() < 1 || context.value() > (1LL << 30)) {
        err << tr("localrig import-model: --context must be a number of tokens from 1 to 1073741824") << Qt::endl;
        return ExitBadArguments;
    }
    options.workloadContext = static_cast<int>(context.value());

    const QString file = files.constFirst();
    const auto report = core::gguf::inspectModelFile(file.toStdString());
    if (!report) {
        err << tr("localrig import-model: %1: %2; nothing was saved")
                   .arg(file, QString::fromStdString(report.error().detail))
            << Qt::endl;
        return ExitFailure;
    }
    auto opened = db::openAppCatalog();
    if (!opened) {
        err << tr("localrig import-model: %1").arg(QString::fromStdString(opened.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    if (!opened.value().warning.isEmpty()) {
        err << tr("localrig: warning: %1").arg(opened.value().warning) << Qt::endl;
    }
    if (!opened.value().user) {
        err << tr("localrig import-model: there is no user database to save the model in") << Qt::endl;
        return ExitFailure;
    }
    auto rows = db::importModelFile(report.value(), file, options, opened.value().catalog);
    if (!rows) {
        err << tr("localrig import-model: %1: %2; nothing was saved")
                   .arg(file, QString::fromStdString(rows.error().detail))
            << Qt::endl;
        return ExitFailure;
    }
    db::ModelFileImport r = std::move(rows).value();
    if (r.workload) {
        r.workload->name = tr("%1 (your model)").arg(QString::fromStdString(r.model.spec.name));
    }
    db::UserDatabase& user = *opened.value().user;
    if (auto saved = user.saveModelFromFile(r.model, r.fileSize, r.workload); !saved) {
        err << tr("localrig import-model: %1").arg(QString::fromStdString(saved.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(toJson(r, user.path())).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QLocale locale;
    const auto quantName = [&](const QString& id) {
        const auto quant = opened.value().catalog.quantization(id);
        return quant ? QString::fromStdString(quant.value().quant.name) : id;
    };
    out << (r.replacesOwnModel ? tr("Replaced %1 (%2)") : tr("Added %1 (%2)"))
               .arg(QString::fromStdString(r.model.spec.name), QString::fromStdString(r.model.spec.id))
        << '\n';
    out << tr("  Parameters  %1").arg(locale.toString(r.model.spec.totalParams, 'f', 0)) << '\n';
    if (r.fileSize) {
        out << tr("  Weights     %1 bytes at %2, exactly as in the file")
                   .arg(locale.toString(r.fileSize->bytes, 'f', 0), quantName(r.fileSize->quantId))
            << '\n';
    } else {
        out << tr("  Weights     estimated from bits per weight: the file states no exact size or no quantization")
            << '\n';
    }
    if (r.workload) {
        out << tr("  Workload    \"%1\" on the Plan page, %2 tokens of context")
                   .arg(r.workload->name, locale.toString(r.workload->contextTokens))
            << '\n';
    }
    out << tr("  Saved in    %1").arg(user.path()) << '\n';
    return ExitOk;
}

} // namespace localrig::app
