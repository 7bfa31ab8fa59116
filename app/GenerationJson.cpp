// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationJson.h"

#include <QLocale>

namespace localrig::app {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QJsonObject sourceJson(const db::SourceInfo& source)
{
    return QJsonObject{{QStringLiteral("source"), source.source},
                       {QStringLiteral("source_date"), source.sourceDate},
                       {QStringLiteral("confirmed"), db::confirmationName(source.confirmation)}};
}

QJsonValue componentsJson(const db::GenerationModelEntry& entry)
{
    QJsonArray components;
    for (std::size_t i = 0; i < entry.model.components.size(); ++i) {
        const core::GenerationComponent& c = entry.model.components[i];
        const auto bytes = core::componentBytes(c);
        QJsonObject object = i < entry.componentSources.size() ? sourceJson(entry.componentSources[i]) : QJsonObject();
        object.insert(QStringLiteral("role"), fromStd(c.role));
        object.insert(QStringLiteral("name"), fromStd(c.name));
        object.insert(QStringLiteral("params_b"), c.paramsB > 0.0 ? QJsonValue(c.paramsB) : QJsonValue());
        object.insert(QStringLiteral("precision"), fromStd(c.precision));
        object.insert(QStringLiteral("bytes"), bytes ? QJsonValue(bytes.value()) : QJsonValue());
        components.append(object);
    }
    return components;
}

QJsonValue speedsJson(const db::GenerationModelEntry& entry)
{
    if (entry.model.speeds.empty()) {
        return QStringLiteral("not estimated"); // no published measurement: LocalRig does not guess one
    }
    QJsonArray speeds;
    for (std::size_t i = 0; i < entry.model.speeds.size(); ++i) {
        const core::GenerationSpeed& s = entry.model.speeds[i];
        QJsonObject object = i < entry.speedSources.size() ? sourceJson(entry.speedSources[i]) : QJsonObject();
        object.insert(QStringLiteral("platform"), fromStd(s.platformId));
        object.insert(QStringLiteral("seconds"), s.seconds);
        object.insert(QStringLiteral("per"),
                      s.perVideoSecond ? QStringLiteral("video_second") : QStringLiteral("image"));
        object.insert(QStringLiteral("setting"), fromStd(s.setting));
        speeds.append(object);
    }
    return speeds;
}

} // namespace

QJsonObject GenerationJson::workload(const core::WorkloadFootprint& w)
{
    QJsonArray components;
    components.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("llm")},
                                  {QStringLiteral("id"), fromStd(w.modelId)},
                                  {QStringLiteral("name"), fromStd(w.modelName)},
                                  {QStringLiteral("bytes"), w.modelBytes}});
    bool projector = false;
    for (const core::Companion& c : w.companions) {
        projector = projector || c.kind == core::CompanionKind::VisionProjector;
        components.append(QJsonObject{{QStringLiteral("kind"), fromStd(core::companionKindName(c.kind))},
                                      {QStringLiteral("id"), fromStd(c.id)},
                                      {QStringLiteral("name"), fromStd(c.name)},
                                      {QStringLiteral("bytes"), c.bytes}});
    }
    QJsonObject object{{QStringLiteral("slug"), fromStd(w.workload)},
                       {QStringLiteral("model"), fromStd(w.modelId)},
                       {QStringLiteral("quant"), fromStd(w.quantId)},
                       {QStringLiteral("context_tokens"), w.contextTokens},
                       {QStringLiteral("sessions"), w.sessions},
                       {QStringLiteral("prompt_tokens"), w.promptTokens},
                       {QStringLiteral("footprint_bytes"), w.footprintBytes},
                       {QStringLiteral("components"), components},
                       {QStringLiteral("uses_images"), w.usesImages}};
    if (w.usesImages && !projector) {
        object.insert(QStringLiteral("vision_projector"), QStringLiteral("not sourced"));
    }
    return object;
}

void GenerationJson::listModels(const db::Catalog& catalog, std::vector<QStringList>& table, QJsonArray& json)
{
    for (const db::GenerationModelEntry& entry : catalog.generationModels()) {
        const core::GenerationModel& m = entry.model;
        double params = 0.0;
        for (const core::GenerationComponent& c : m.components) {
            params += c.paramsB;
        }
        const auto footprint = core::generationFootprint(m);
        const QString kind
            = m.kind == core::ModelKind::VideoGeneration ? tr("video generation") : tr("image generation");
        table.push_back({fromStd(m.id), fromStd(m.name), kind, QLocale().toString(params, 'f', 1), QStringLiteral("-"),
                         QStringLiteral("-"), QStringLiteral("-")});
        QJsonObject object = sourceJson(entry.source);
        object.insert(QStringLiteral("id"), fromStd(m.id));
        object.insert(QStringLiteral("name"), fromStd(m.name));
        object.insert(QStringLiteral("kind"), fromStd(core::modelKindName(m.kind)));
        object.insert(QStringLiteral("components"), componentsJson(entry));
        object.insert(QStringLiteral("footprint_bytes"),
                      footprint ? QJsonValue(footprint.value().totalBytes) : QJsonValue());
        object.insert(QStringLiteral("overhead_bytes"),
                      m.overheadBytes > 0.0 ? QJsonValue(m.overheadBytes) : QJsonValue(QStringLiteral("not sourced")));
        object.insert(QStringLiteral("speed"), speedsJson(entry));
        json.append(object);
    }
}

} // namespace localrig::app
