// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectCommand.h"

#include "CommandHelp.h"
#include "core/Enums.h"
#include "core/gguf/ModelFileInspector.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace localrig::app {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QJsonValue count(std::uint64_t value)
{
    return QJsonValue(static_cast<double>(value)); // exact below 2^53, far above any model's size
}

double bitsPerWeight(const core::gguf::ModelFileReport& report)
{
    return report.weightsBytes && report.parameters > 0
        ? static_cast<double>(*report.weightsBytes) * 8.0 / static_cast<double>(report.parameters)
        : 0.0;
}

QJsonObject toJson(const core::gguf::ModelFileReport& r, const QString& file)
{
    QJsonArray mix;
    for (const core::gguf::QuantShare& share : r.quantMix) {
        mix.append(QJsonObject{{QStringLiteral("type"), text(share.type)},
                               {QStringLiteral("tensors"), count(share.tensors)},
                               {QStringLiteral("elements"), count(share.elements)},
                               {QStringLiteral("bytes"), count(share.bytes)}});
    }
    QJsonArray groups;
    for (const core::KvLayerGroup& group : r.spec.kvGroups) {
        groups.append(QJsonObject{{QStringLiteral("layers"), group.layers},
                                  {QStringLiteral("kv_heads"), group.kvHeads},
                                  {QStringLiteral("head_dim"), group.headDim},
                                  {QStringLiteral("window"), group.window},
                                  {QStringLiteral("single_tensor"), group.singleTensor}});
    }
    QJsonArray notes;
    for (const std::string& note : r.notes) {
        notes.append(text(note));
    }
    const QJsonValue weights = r.weightsBytes ? count(*r.weightsBytes) : QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), text(r.format)},
        {QStringLiteral("architecture"), text(r.architecture)},
        {QStringLiteral("name"), text(r.name)},
        {QStringLiteral("parameters"), count(r.parameters)},
        {QStringLiteral("active_parameters"), count(r.activeParameters)},
        {QStringLiteral("parameters_estimated"), r.parametersEstimated},
        {QStringLiteral("layers"), r.layers},
        {QStringLiteral("attention_heads"), r.attentionHeads},
        {QStringLiteral("kv_heads_min"), r.kvHeadsMin},
        {QStringLiteral("kv_heads_max"), r.kvHeadsMax},
        {QStringLiteral("key_length"), r.keyLength},
        {QStringLiteral("value_length"), r.valueLength},
        {QStringLiteral("sliding_window"), r.slidingWindow},
        {QStringLiteral("sliding_layers"), r.slidingLayers},
        {QStringLiteral("kv_lora_rank"), r.kvLoraRank},
        {QStringLiteral("rope_dim"), r.ropeDim},
        {QStringLiteral("experts"), r.experts},
        {QStringLiteral("experts_used"), r.expertsUsed},
        {QStringLiteral("context_length"), r.contextLength},
        {QStringLiteral("embedding_length"), r.embeddingLength},
        {QStringLiteral("file_type"), text(r.fileType)},
        {QStringLiteral("weights_bytes"), weights},
        {QStringLiteral("bits_per_weight"), bitsPerWeight(r)},
        {QStringLiteral("tensor_count"), count(r.tensorCount)},
        {QStringLiteral("quantization_mix"), mix},
        {QStringLiteral("attention"), text(std::string(core::toString(r.spec.attention)))},
        {QStringLiteral("kv_groups"), groups},
        {QStringLiteral("notes"), notes},
    };
}

QString number(std::uint64_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

// 8030261248 -> "8.03 B", 1189120 -> "1.19 M", 2731 -> "2.73 K".
QString scaled(std::uint64_t value)
{
    const auto v = static_cast<double>(value);
    if (v >= 1e9) {
        return QLocale().toString(v / 1e9, 'f', 2) + QStringLiteral(" B");
    }
    if (v >= 1e6) {
        return QLocale().toString(v / 1e6, 'f', 2) + QStringLiteral(" M");
    }
    return QLocale().toString(v / 1e3, 'f', 2) + QStringLiteral(" K");
}

void printHuman(const core::gguf::ModelFileReport& r, const QString& file, QTextStream& out)
{
    const QLocale locale;
    out << InspectCommand::tr("File          %1 (%2)").arg(file, text(r.format)) << '\n'
        << InspectCommand::tr("Architecture  %1").arg(text(r.architecture)) << '\n';
    if (!r.name.empty()) {
        out << InspectCommand::tr("Name          %1").arg(text(r.name)) << '\n';
    }
    out << InspectCommand::tr("Parameters    %1 (%2)%3")
               .arg(number(r.parameters), scaled(r.parameters),
                    r.parametersEstimated ? InspectCommand::tr(", estimated from the shapes") : QString())
        << '\n';
    if (r.activeParameters < r.parameters) {
        out << InspectCommand::tr("Active        %1 (%2) per token")
                   .arg(number(r.activeParameters), scaled(r.activeParameters))
            << '\n';
    }
    const QString kv = r.kvHeadsMin == r.kvHeadsMax
        ? InspectCommand::tr("%1 KV").arg(locale.toString(r.kvHeadsMax))
        : InspectCommand::tr("KV %1 to %2 per layer").arg(locale.toString(r.kvHeadsMin), locale.toString(r.kvHeadsMax));
    out << InspectCommand::tr("Layers        %1").arg(r.layers) << '\n'
        << InspectCommand::tr("Heads         %1 query, %2").arg(locale.toString(r.attentionHeads), kv) << '\n'
        << InspectCommand::tr("Head dim      %1 (K) / %2 (V)").arg(r.keyLength).arg(r.valueLength) << '\n';
    if (r.kvLoraRank > 0) {
        out << InspectCommand::tr("MLA           latent rank %1 + RoPE %2").arg(r.kvLoraRank).arg(r.ropeDim) << '\n';
    }
    out << (r.slidingWindow > 0 ? InspectCommand::tr("Window        %1 tokens on %2 of %3 layers")
                                      .arg(locale.toString(r.slidingWindow))
                                      .arg(r.slidingLayers)
                                      .arg(r.layers)
                                : InspectCommand::tr("Window        none"))
        << '\n'
        << (r.experts > 0 ? InspectCommand::tr("Experts       %1, %2 per token").arg(r.experts).arg(r.expertsUsed)
                          : InspectCommand::tr("Experts       none"))
        << '\n'
        << InspectCommand::tr("Context       %1 tokens").arg(locale.toString(r.contextLength)) << '\n';
    if (r.weightsBytes) {
        out << InspectCommand::tr("Weights       %1 bytes (%2 GB, %3 bits per weight)")
                   .arg(number(*r.weightsBytes), locale.toString(static_cast<double>(*r.weightsBytes) / 1e9, 'f', 2),
                        locale.toString(bitsPerWeight(r), 'f', 2))
            << '\n';
    }
    if (!r.fileType.empty()) {
        out << InspectCommand::tr("File type     %1").arg(text(r.fileType)) << '\n';
    }
    if (!r.quantMix.empty() && r.weightsBytes && *r.weightsBytes > 0) {
        out << InspectCommand::tr("Quantization mix") << '\n';
        for (const core::gguf::QuantShare& share : r.quantMix) {
            const double percent = 100.0 * static_cast<double>(share.bytes) / static_cast<double>(*r.weightsBytes);
            out << InspectCommand::tr("  %1 %2 tensors %3 bytes %4 %")
                       .arg(text(share.type), -8)
                       .arg(number(share.tensors), 6)
                       .arg(number(share.bytes), 16)
                       .arg(locale.toString(percent, 'f', 1), 6)
                << '\n';
        }
    }
    for (const std::string& note : r.notes) {
        out << InspectCommand::tr("Note: %1").arg(text(note)) << '\n';
    }
}

} // namespace

QString InspectCommand::name() const
{
    return QStringLiteral("inspect");
}

QString InspectCommand::summary() const
{
    return tr("What a GGUF file or Hugging Face config.json says about its model.");
}

int InspectCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON.")));
    parser.addPositionalArgument(QStringLiteral("file"), tr("A .gguf file, a config.json, or a folder holding one."));
    if (!parser.parse(arguments)) {
        err << tr("localrig inspect: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || files.constFirst().isEmpty()) {
        err << tr("localrig inspect: a model file is required (FILE.gguf or config.json)") << Qt::endl;
        return ExitBadArguments;
    }
    if (files.size() > 1) {
        err << tr("localrig inspect: expected one file, got %1").arg(files.size()) << Qt::endl;
        return ExitBadArguments;
    }
    const QString file = files.constFirst();
    const auto report = core::gguf::inspectModelFile(file.toStdString());
    if (!report) {
        err << tr("localrig inspect: %1: %2").arg(file, text(report.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(toJson(report.value(), file)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    printHuman(report.value(), file, out);
    return ExitOk;
}

} // namespace localrig::app
