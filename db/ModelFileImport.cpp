// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFileImport.h"

#include "core/ModelSpec.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace localrig::db {

namespace {

constexpr qsizetype kMaxNameLength = 80;
constexpr qsizetype kMaxSlugLength = 60;

// "Llama 3.1 8B Instruct" -> "llama_3_1_8b_instruct": what an id may hold (CatalogSchema's Id rule).
QString slug(const QString& name)
{
    QString text;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            text += c;
        } else if (!text.isEmpty() && !text.endsWith(QLatin1Char('_'))) {
            text += QLatin1Char('_');
        }
    }
    text = text.left(kMaxSlugLength);
    while (text.endsWith(QLatin1Char('_'))) {
        text.chop(1);
    }
    return text.isEmpty() ? QStringLiteral("model") : text;
}

const ModelEntry* findModel(const Catalog& catalog, const QString& id)
{
    const auto& models = catalog.models();
    const auto it = std::find_if(models.begin(), models.end(), [&](const ModelEntry& m) {
        return QString::fromStdString(m.spec.id).compare(id, Qt::CaseInsensitive) == 0;
    });
    return it == models.end() ? nullptr : &*it;
}

QString importNotes(const core::gguf::ModelFileReport& report, const QString& fileName)
{
    QStringList notes{
        QStringLiteral("Read from %1 (%2, %3 tensors, file type %4).")
            .arg(QFileInfo(fileName).fileName(), QString::fromStdString(report.format))
            .arg(report.tensorCount)
            .arg(report.fileType.empty() ? QStringLiteral("not stated") : QString::fromStdString(report.fileType))};
    for (const std::string& note : report.notes) {
        notes.append(QString::fromStdString(note));
    }
    return notes.join(QLatin1Char(' '));
}

} // namespace

std::optional<QString> matchQuantization(const core::gguf::ModelFileReport& report, const Catalog& catalog)
{
    // The file type spellings of llama.cpp (llama_ftype) and Hugging Face (torch_dtype, quant_method)
    // that differ from the catalog's quantization ids.
    static const QHash<QString, QString> aliases{
        {QStringLiteral("mxfp4_moe"), QStringLiteral("mxfp4")}, {QStringLiteral("bfloat16"), QStringLiteral("bf16")},
        {QStringLiteral("float16"), QStringLiteral("f16")},     {QStringLiteral("float32"), QStringLiteral("f32")},
        {QStringLiteral("awq"), QStringLiteral("awq_4bit")},    {QStringLiteral("gptq"), QStringLiteral("gptq_4bit")},
    };
    const QString type = QString::fromStdString(report.fileType).trimmed().toLower();
    if (type.isEmpty()) {
        return std::nullopt;
    }
    const auto quant = catalog.quantization(aliases.value(type, type));
    if (!quant) {
        return std::nullopt;
    }
    return QString::fromStdString(quant.value().quant.id);
}

std::optional<QString> suggestQuantization(const core::gguf::ModelFileReport& report, const Catalog& catalog)
{
    if (auto named = matchQuantization(report, catalog)) {
        return named;
    }
    if (!report.weightsBytes || report.parameters == 0) {
        return std::nullopt;
    }
    const double bits = static_cast<double>(*report.weightsBytes) * 8.0 / static_cast<double>(report.parameters);
    const QuantEntry* best = nullptr;
    for (const QuantEntry& entry : catalog.quantizations()) {
        const core::QuantFormat format = entry.quant.format;
        if (format != core::QuantFormat::Gguf && format != core::QuantFormat::Float) {
            continue; // a GGUF file is not an MLX, AWQ or GPTQ checkpoint
        }
        if (!best || std::abs(entry.quant.bitsPerWeight - bits) < std::abs(best->quant.bitsPerWeight - bits)) {
            best = &entry;
        }
    }
    return best ? std::optional<QString>(QString::fromStdString(best->quant.id)) : std::nullopt;
}

QString importedModelName(const core::gguf::ModelFileReport& report, const QString& fileName)
{
    const QFileInfo info(fileName);
    if (info.isDir()) {
        return info.fileName();
    }
    if (info.fileName() == QLatin1String("config.json")) {
        return info.dir().dirName();
    }
    if (!report.name.empty()) {
        return QString::fromStdString(report.name).trimmed();
    }
    return info.completeBaseName();
}

QString importedModelId(const QString& displayName, const Catalog& catalog, bool* replacesOwnModel)
{
    QString base = QStringLiteral("my_") + slug(displayName);
    const ModelEntry* existing = findModel(catalog, base);
    if (replacesOwnModel) {
        *replacesOwnModel = existing && existing->userDefined;
    }
    if (!existing || existing->userDefined) {
        return base;
    }
    QString id;
    for (int n = 2; id.isEmpty() || findModel(catalog, id); ++n) {
        id = base + QLatin1Char('_') + QString::number(n);
    }
    return id;
}

Result<ModelFileImport> importModelFile(const core::gguf::ModelFileReport& report, const QString& fileName,
                                        const ModelImportOptions& options, const Catalog& catalog)
{
    const QString name
        = options.displayName.trimmed().isEmpty() ? importedModelName(report, fileName) : options.displayName.trimmed();
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        return makeError(ErrorCode::InvalidInput, "a model needs a name of 1 to 80 characters");
    }
    ModelFileImport result;
    ModelEntry& entry = result.model;
    entry.spec = report.spec;
    entry.spec.id = importedModelId(name, catalog, &result.replacesOwnModel).toStdString();
    entry.spec.name = name.toStdString();
    auto valid = core::validated(entry.spec);
    if (!valid) {
        return makeError(valid.error().code,
                         "the file describes a model LocalRig cannot size: " + valid.error().detail);
    }
    entry.hiddenSize = report.embeddingLength;
    entry.maxContext = report.contextLength;
    entry.source = SourceInfo{QStringLiteral("user"), QDate::currentDate().toString(Qt::ISODate), Confirmation::Derived,
                              importNotes(report, fileName)};
    entry.userDefined = true;

    std::optional<QString> quantId;
    if (!options.quantId.isEmpty()) {
        BOOST_OUTCOME_TRY(quant, catalog.quantization(options.quantId));
        quantId = QString::fromStdString(quant.quant.id);
    } else {
        quantId = matchQuantization(report, catalog);
    }
    const QString modelId = QString::fromStdString(entry.spec.id);
    if (quantId && report.weightsBytes && *report.weightsBytes > 0) {
        result.fileSize
            = FileSizeEntry{modelId, *quantId, static_cast<double>(*report.weightsBytes), entry.source, true};
        result.fileSize->source.notes
            = QStringLiteral("Exact bytes of every tensor in %1.").arg(QFileInfo(fileName).fileName());
    }
    if (quantId && options.addWorkload) {
        UseCaseEntry workload;
        workload.slug = QStringLiteral("my-") + slug(name).replace(QLatin1Char('_'), QLatin1Char('-'));
        workload.name = options.workloadName.isEmpty() ? name : options.workloadName;
        workload.description = options.workloadDescription;
        workload.modelId = modelId;
        workload.quantId = *quantId;
        const int context = std::max(1, options.workloadContext);
        workload.contextTokens = report.contextLength > 0 ? std::min(context, report.contextLength) : context;
        workload.sessions = 1;
        workload.source = entry.source;
        workload.source.notes.clear();
        result.workload = workload;
    }
    return result;
}

} // namespace localrig::db
