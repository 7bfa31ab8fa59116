// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFileInspector.h"

#include "GgufModelDescriber.h"
#include "GgufReader.h"
#include "HfConfigReader.h"

#include <system_error>

namespace localrig::core::gguf {

Result<ModelFileReport> inspectGguf(std::istream& in)
{
    BOOST_OUTCOME_TRY(file, GgufReader::read(in));
    return GgufModelDescriber::describe(file);
}

Result<ModelFileReport> inspectModelFile(const std::filesystem::path& path)
{
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        return makeError(ErrorCode::Io, "cannot open '" + path.string() + "': no such file or directory");
    }
    if (std::filesystem::is_directory(status)) {
        return HfConfigReader::readFile(path / "config.json");
    }
    if (path.extension() == ".json") {
        return HfConfigReader::readFile(path);
    }
    BOOST_OUTCOME_TRY(file, GgufReader::readFile(path));
    return GgufModelDescriber::describe(file);
}

} // namespace localrig::core::gguf
