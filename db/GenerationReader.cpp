// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogReader.h"
#include "Sql.h"

#include <algorithm>

namespace localrig::db {

namespace {

using Row = const QSqlQuery&;

QString text(Row q, const char* column)
{
    return q.value(QLatin1String(column)).toString();
}
double real(Row q, const char* column)
{
    return q.value(QLatin1String(column)).toDouble(); // NULL reads as 0: "not published"
}
SourceInfo sourceOf(Row q)
{
    return SourceInfo{text(q, "source"), text(q, "source_date"),
                      parseConfirmation(text(q, "confirmed")).value_or(Confirmation::Unconfirmed), text(q, "notes")};
}

GenerationModelEntry* findEntry(CatalogData& data, const QString& id)
{
    const auto it
        = std::find_if(data.generationModels.begin(), data.generationModels.end(),
                       [&](const GenerationModelEntry& e) { return QString::fromStdString(e.model.id) == id; });
    return it == data.generationModels.end() ? nullptr : &*it;
}

} // namespace

Result<void> readGenerationTables(const QSqlDatabase& database, CatalogData& data)
{
    BOOST_OUTCOME_TRYV(sql::forEachRow(
        database, QStringLiteral("SELECT * FROM vision_projector ORDER BY rowid"), {}, [&](Row q) -> Result<void> {
            data.visionProjectors.push_back(VisionProjectorEntry{
                core::VisionProjector{text(q, "model_id").toStdString(), text(q, "file_name").toStdString(),
                                      text(q, "precision").toStdString(), real(q, "file_bytes")},
                sourceOf(q)});
            return outcome::success();
        }));
    BOOST_OUTCOME_TRYV(sql::forEachRow(database, QStringLiteral("SELECT * FROM generation_model ORDER BY rowid"), {},
                                       [&](Row q) -> Result<void> {
                                           GenerationModelEntry entry;
                                           entry.model.id = text(q, "id").toStdString();
                                           entry.model.name = text(q, "name").toStdString();
                                           BOOST_OUTCOME_TRY(kind, core::parseModelKind(text(q, "kind").toStdString()));
                                           entry.model.kind = kind;
                                           entry.model.overheadBytes = real(q, "overhead_bytes");
                                           entry.developer = text(q, "developer");
                                           entry.releaseDate = text(q, "release_date");
                                           entry.license = text(q, "license");
                                           entry.source = sourceOf(q);
                                           data.generationModels.push_back(std::move(entry));
                                           return outcome::success();
                                       }));
    BOOST_OUTCOME_TRYV(sql::forEachRow(
        database, QStringLiteral("SELECT * FROM generation_component ORDER BY model_id, position, rowid"), {},
        [&](Row q) -> Result<void> {
            GenerationModelEntry* entry = findEntry(data, text(q, "model_id"));
            if (entry) {
                entry->model.components.push_back(core::GenerationComponent{
                    text(q, "role").toStdString(), text(q, "name").toStdString(), real(q, "params_b"),
                    text(q, "precision").toStdString(), real(q, "file_bytes")});
                entry->componentSources.push_back(sourceOf(q));
            }
            return outcome::success();
        }));
    return sql::forEachRow(
        database, QStringLiteral("SELECT * FROM generation_speed ORDER BY rowid"), {}, [&](Row q) -> Result<void> {
            GenerationModelEntry* entry = findEntry(data, text(q, "model_id"));
            if (entry) {
                entry->model.speeds.push_back(core::GenerationSpeed{
                    text(q, "platform_id").toStdString(), real(q, "seconds"),
                    text(q, "unit") == QLatin1String("video_second"), text(q, "setting").toStdString()});
                entry->speedSources.push_back(sourceOf(q));
            }
            return outcome::success();
        });
}

} // namespace localrig::db
