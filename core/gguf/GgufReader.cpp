// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GgufReader.h"

#include "GgufMetadataReader.h"

#include <algorithm>
#include <bit>
#include <fstream>
#include <limits>
#include <numeric>
#include <unordered_set>

namespace localrig::core::gguf {

namespace {

constexpr std::uint32_t kMagic = 0x46554747; // "GGUF" read little-endian
// Vectors reserve at most this many entries up front, and no more than the bytes left could hold,
// then grow only as entries are actually read.
constexpr std::uint64_t kReserveLimit = 4096;
constexpr std::uint64_t kMinTensorInfoBytes = 24; // name length 8, n_dims 4, type 4, offset 8
constexpr std::uint64_t kMinKeyValueBytes = 13; // key length 8, value type 4, a one-byte value

Error corrupt(std::string detail)
{
    return makeError(ErrorCode::CorruptCatalog, std::move(detail));
}

std::string tensorLabel(std::uint64_t index, const std::string& name)
{
    return "tensor " + std::to_string(index) + (name.empty() ? std::string() : " '" + name + "'");
}

std::string printable(std::uint32_t magic)
{
    std::string text;
    for (unsigned i = 0; i < 4; ++i) {
        const auto c = static_cast<char>((magic >> (8U * i)) & 0xFFU);
        text += (c >= 0x20 && c < 0x7F) ? c : '?';
    }
    return text;
}

} // namespace

GgufReader::GgufReader(std::istream& in)
    : m_input(in)
{ }

Result<GgufFile> GgufReader::read(std::istream& in)
{
    GgufReader reader(in);
    return reader.run();
}

Result<GgufFile> GgufReader::readFile(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return makeError(ErrorCode::Io, "cannot open '" + path.string() + "'");
    }
    return read(file);
}

Result<GgufFile> GgufReader::run()
{
    if (!m_input.isSeekable()) {
        return makeError(ErrorCode::Io, "cannot determine the size of the GGUF input (stream is not seekable)");
    }
    m_file.fileSize = m_input.size();
    BOOST_OUTCOME_TRYV(readHeader());
    BOOST_OUTCOME_TRYV(readMetadata());
    BOOST_OUTCOME_TRYV(readAlignment());
    BOOST_OUTCOME_TRYV(readTensorInfos());
    BOOST_OUTCOME_TRYV(checkTensorData());
    return std::move(m_file);
}

Result<void> GgufReader::readHeader()
{
    if (m_input.size() < 4) {
        return makeError(ErrorCode::InvalidInput,
                         "not a GGUF file: only " + std::to_string(m_input.size()) + " bytes, too short for the magic");
    }
    BOOST_OUTCOME_TRY(magic, m_input.readU32("magic"));
    if (magic != kMagic) {
        return makeError(ErrorCode::InvalidInput,
                         "not a GGUF file: bad magic '" + printable(magic) + "' (expected 'GGUF')");
    }
    BOOST_OUTCOME_TRY(version, m_input.readU32("version"));
    if (version == 1) {
        return makeError(ErrorCode::InvalidInput,
                         "GGUF version 1 is obsolete and not supported (versions 2 and 3 are)");
    }
    if (version != 2 && version != 3) {
        if ((version & 0xFFFFU) == 0 && ((version >> 24U) == 2 || (version >> 24U) == 3)) {
            return makeError(ErrorCode::InvalidInput, "big-endian GGUF files are not supported");
        }
        return makeError(ErrorCode::InvalidInput,
                         "unsupported GGUF version " + std::to_string(version) + " (versions 2 and 3 are)");
    }
    m_file.version = version;
    BOOST_OUTCOME_TRY(tensorCount, m_input.readU64("tensor count"));
    BOOST_OUTCOME_TRY(keyValueCount, m_input.readU64("metadata count"));
    // Counts are capped here; each entry is then read only while the file has bytes for it, and vectors
    // reserve at most kReserveLimit entries, so a count the file cannot back fails at the first missing byte.
    if (tensorCount > kMaxTensors) {
        return corrupt("tensor count " + std::to_string(tensorCount) + " exceeds the limit of "
                       + std::to_string(kMaxTensors));
    }
    if (keyValueCount > kMaxKeyValues) {
        return corrupt("metadata count " + std::to_string(keyValueCount) + " exceeds the limit of "
                       + std::to_string(kMaxKeyValues));
    }
    m_tensorCount = tensorCount;
    m_keyValueCount = keyValueCount;
    return outcome::success();
}

Result<void> GgufReader::readMetadata()
{
    GgufMetadataReader values(m_input);
    std::unordered_set<std::string> seen;
    m_file.metadata.reserve(
        static_cast<std::size_t>(std::min({m_keyValueCount, kReserveLimit, m_input.remaining() / kMinKeyValueBytes})));
    for (std::uint64_t i = 0; i < m_keyValueCount; ++i) {
        const std::string label = "metadata " + std::to_string(i);
        auto key = m_input.readString("key", kMaxKeyLength);
        if (!key) {
            return corrupt(label + ": " + key.error().detail);
        }
        const std::string where = label + " '" + key.value() + "'";
        if (key.value().empty()) {
            return corrupt(label + ": empty key");
        }
        if (!seen.insert(key.value()).second) {
            return corrupt(where + ": duplicate key");
        }
        auto type = m_input.readU32("value type");
        if (!type) {
            return corrupt(where + ": " + type.error().detail);
        }
        auto value = values.readValue(type.value());
        if (!value) {
            return corrupt(where + ": " + value.error().detail);
        }
        m_file.metadata.push_back(GgufKeyValue{std::move(key).value(), std::move(value).value()});
    }
    return outcome::success();
}

Result<void> GgufReader::readAlignment()
{
    const GgufValue* value = m_file.find("general.alignment");
    if (!value) {
        return outcome::success();
    }
    const std::optional<std::int64_t> alignment = value->asInteger();
    if (!alignment) {
        return corrupt("'general.alignment' must be an integer, found "
                       + ggufValueTypeName(static_cast<std::uint32_t>(value->type)));
    }
    const auto bytes = static_cast<std::uint64_t>(*alignment);
    if (*alignment <= 0 || bytes > kMaxAlignment || !std::has_single_bit(bytes)) {
        return corrupt("'general.alignment' is " + std::to_string(*alignment) + "; expected a power of two up to "
                       + std::to_string(kMaxAlignment));
    }
    m_file.alignment = bytes;
    return outcome::success();
}

Result<void> GgufReader::readTensorInfos()
{
    m_file.tensors.reserve(
        static_cast<std::size_t>(std::min({m_tensorCount, kReserveLimit, m_input.remaining() / kMinTensorInfoBytes})));
    for (std::uint64_t i = 0; i < m_tensorCount; ++i) {
        BOOST_OUTCOME_TRYV(readTensorInfo(i));
    }
    std::unordered_set<std::string_view> names;
    for (std::size_t i = 0; i < m_file.tensors.size(); ++i) {
        if (!names.insert(m_file.tensors[i].name).second) {
            return corrupt(tensorLabel(i, m_file.tensors[i].name) + ": duplicate tensor name");
        }
    }
    // The data section starts at the next multiple of the alignment after the tensor infos.
    const std::uint64_t end = m_input.position();
    const std::uint64_t padding = (m_file.alignment - end % m_file.alignment) % m_file.alignment;
    m_file.dataOffset = end + padding;
    return outcome::success();
}

Result<void> GgufReader::readTensorInfo(std::uint64_t index)
{
    GgufTensorInfo info;
    auto name = m_input.readString("name", kMaxTensorNameLength);
    if (!name) {
        return corrupt(tensorLabel(index, {}) + ": " + name.error().detail);
    }
    info.name = std::move(name).value();
    const std::string where = tensorLabel(index, info.name);
    if (info.name.empty()) {
        return corrupt(where + ": empty name");
    }
    auto dimensions = m_input.readU32("dimension count");
    if (!dimensions) {
        return corrupt(where + ": " + dimensions.error().detail);
    }
    if (dimensions.value() > kMaxDimensions) {
        return corrupt(where + ": dimension count " + std::to_string(dimensions.value()) + " exceeds "
                       + std::to_string(kMaxDimensions));
    }
    info.elements = 1;
    for (std::uint32_t d = 0; d < dimensions.value(); ++d) {
        auto dim = m_input.readU64("dimension");
        if (!dim) {
            return corrupt(where + ": " + dim.error().detail);
        }
        const std::uint64_t size = dim.value();
        if (size > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return corrupt(where + ": dimension " + std::to_string(d) + " is " + std::to_string(size)
                           + ", beyond the int64 range ggml uses");
        }
        if (size != 0 && info.elements > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) / size) {
            return corrupt(where + ": element count overflows 64 bits at dimension " + std::to_string(d));
        }
        info.elements *= size;
        info.dims.push_back(size);
    }
    auto type = m_input.readU32("ggml type");
    if (!type) {
        return corrupt(where + ": " + type.error().detail);
    }
    info.type = findGgmlType(type.value());
    if (!info.type) {
        return corrupt(where + ": unknown ggml type " + std::to_string(type.value()));
    }
    auto offset = m_input.readU64("data offset");
    if (!offset) {
        return corrupt(where + ": " + offset.error().detail);
    }
    info.offset = offset.value();
    if (info.offset % m_file.alignment != 0) {
        return corrupt(where + ": data offset " + std::to_string(info.offset) + " is not a multiple of the alignment "
                       + std::to_string(m_file.alignment));
    }
    auto bytes = ggmlTensorBytes(*info.type, info.dims.empty() ? 1 : info.dims.front(), info.elements);
    if (!bytes) {
        return corrupt(where + ": " + bytes.error().detail);
    }
    info.bytes = bytes.value();
    m_file.tensors.push_back(std::move(info));
    return outcome::success();
}

Result<void> GgufReader::checkTensorData()
{
    if (m_file.tensors.empty()) {
        return outcome::success();
    }
    if (m_file.dataOffset > m_file.fileSize) {
        return corrupt("file is truncated: the tensor data section starts at byte " + std::to_string(m_file.dataOffset)
                       + " but the file has " + std::to_string(m_file.fileSize) + " bytes");
    }
    const std::uint64_t dataSize = m_file.fileSize - m_file.dataOffset;
    std::vector<std::size_t> order(m_file.tensors.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [this](std::size_t a, std::size_t b) { return m_file.tensors[a].offset < m_file.tensors[b].offset; });
    for (std::size_t k = 0; k < order.size(); ++k) {
        const GgufTensorInfo& tensor = m_file.tensors[order[k]];
        if (tensor.offset > dataSize || tensor.bytes > dataSize - tensor.offset) {
            return corrupt(tensorLabel(order[k], tensor.name) + ": data (" + std::to_string(tensor.bytes)
                           + " bytes at offset " + std::to_string(tensor.offset)
                           + ") extends past the end of the file; truncated download?");
        }
        if (k + 1 < order.size()) {
            const GgufTensorInfo& next = m_file.tensors[order[k + 1]];
            if (tensor.offset + tensor.bytes > next.offset) {
                return corrupt(tensorLabel(order[k], tensor.name) + ": data overlaps "
                               + tensorLabel(order[k + 1], next.name));
            }
        }
    }
    return outcome::success();
}

} // namespace localrig::core::gguf
