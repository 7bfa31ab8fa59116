// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTypes.h"

#include <array>

namespace localrig::db {

// A text column of a catalog row and the entry member that holds it as it is.
template <class Entry>
struct TextColumn
{
    const char* column;
    QString Entry::*member;
};

// The columns that CatalogReader copies into an entry unchanged and UserDataCells writes back unchanged,
// listed once so the two cannot drift apart. (Numbers, enums and ids are converted, so each side spells them.)
inline constexpr std::array<TextColumn<ModelEntry>, 8> kModelTextColumns{{
    {"developer", &ModelEntry::developer},
    {"release_date", &ModelEntry::releaseDate},
    {"license", &ModelEntry::license},
    {"modalities", &ModelEntry::modalities},
    {"relation", &ModelEntry::relation},
    {"relative_of", &ModelEntry::relativeOf},
    {"guide_claim", &ModelEntry::guideClaim},
    {"guide_check", &ModelEntry::guideCheck},
}};

inline constexpr std::array<TextColumn<PlatformEntry>, 5> kPlatformTextColumns{{
    {"fp16_definition", &PlatformEntry::fp16Definition},
    {"software_stacks", &PlatformEntry::softwareStacks},
    {"release_date", &PlatformEntry::releaseDate},
    {"guide_claim", &PlatformEntry::guideClaim},
    {"guide_check", &PlatformEntry::guideCheck},
}};

} // namespace localrig::db
