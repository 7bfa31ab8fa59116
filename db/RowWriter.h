// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTypes.h"
#include "core/Result.h"

#include <QSqlDatabase>

// Writes user rows (insert or replace by id) into the user database. Callers own the transaction.
// Values are validated through the core before they are written.
namespace localrig::db {

Result<void> writePlatform(const QSqlDatabase& database, const PlatformEntry& entry);
Result<void> writeModel(const QSqlDatabase& database, const ModelEntry& entry);
Result<void> writePrice(const QSqlDatabase& database, const PricePoint& price);
// A measured file size (model x quantization); 1 byte to 100 TB.
Result<void> writeFileSize(const QSqlDatabase& database, const FileSizeEntry& size);
// A workload (use case) the Plan page offers; it must name a model and a quantization.
Result<void> writeUseCase(const QSqlDatabase& database, const UseCaseEntry& useCase);

// Fills what a user row may leave out: source "user", today's date, not confirmed.
SourceInfo userSource(SourceInfo source);

} // namespace localrig::db
