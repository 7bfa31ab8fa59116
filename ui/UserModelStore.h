// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "db/Catalog.h"
#include "db/ModelFileImport.h"

#include <string>

namespace localrig::ui {

// Where the Models page adds and deletes the user's own models. The application implements it over
// db::UserDatabase (CatalogSource); tests give a fake. Nothing is written before the user presses Save.
class UserModelStore
{
public:
    virtual ~UserModelStore() = default;

    // The merged catalog a new model joins: its quantizations and the ids already taken.
    virtual const db::Catalog& catalog() const = 0;
    // A model read from a file, with its file size and Plan workload, in one transaction.
    virtual Result<void> saveModelFromFile(const db::ModelFileImport& rows) = 0;
    // One of the user's own models, with its file sizes and workloads.
    virtual Result<void> removeModel(const std::string& modelId) = 0;
};

} // namespace localrig::ui
