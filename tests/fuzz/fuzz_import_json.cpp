// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzUserData.h"

// libFuzzer entry point for `localrig import FILE.json` and File > Import Catalog (db/UserDataFile).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return localrig::fuzz::fuzzUserDataFile(data, size, localrig::db::DataFileFormat::Json);
}
