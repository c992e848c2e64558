#include "format/JsonTreeBuilder.h"

namespace studio::core::format {

Json* JsonTreeBuilder::add(Json&& value) {
    if (m_stack.empty()) {
        m_root = std::move(value);
        return &m_root;
    }
    Frame& top = m_stack.back();
    if (top.value->is_array()) {
        auto& array = top.value->get_ref<Json::array_t&>();
        array.push_back(std::move(value));
        return &array.back();
    }
    // key() has refused a repeated key, so append without ordered_map's linear search.
    auto& object = top.value->get_ref<Json::object_t&>();
    auto& members = static_cast<Json::object_t::Container&>(object);
    if (members.size() == members.capacity()) {
        // A vector of pair<const string, Json> copies its elements when it grows (the
        // pair's move may throw), which would copy every value read so far: the whole
        // component list when the root object reaches "links". Grow by hand, moving them.
        Json::object_t::Container grown;
        grown.reserve(members.empty() ? 8 : 2 * members.size());
        for (auto& [name, member] : members)
            grown.emplace_back(name, std::move(member));
        members.swap(grown);
    }
    members.emplace_back(top.key, std::move(value));
    return &members.back().second;
}

std::string JsonTreeBuilder::placeOfNext(std::size_t frames) const {
    std::string place;
    for (std::size_t i = 0; i < frames && i < m_stack.size(); ++i) {
        const Frame& frame = m_stack[i];
        if (frame.value->is_object())
            place += (place.empty() ? "" : ".") + frame.key;
        else
            place += "[" + std::to_string(frame.count) + "]";
    }
    return place;
}

bool JsonTreeBuilder::open(Json&& empty) {
    if (m_stack.size() >= kMaxJsonDepth) {
        m_stop = Stop::TooDeep;
        m_deepPlace = placeOfNext(m_stack.size());
        return false;
    }
    // The container's address is stable while it is open: only the innermost container
    // grows.
    Json* container = add(std::move(empty));
    m_stack.push_back(Frame{container, nullptr, {}, 0});
    return true;
}

bool JsonTreeBuilder::close() {
    m_stack.pop_back();
    if (!m_stack.empty() && m_stack.back().value->is_array())
        ++m_stack.back().count;
    return true;
}

bool JsonTreeBuilder::scalar(Json&& value) {
    add(std::move(value));
    if (!m_stack.empty() && m_stack.back().value->is_array())
        ++m_stack.back().count;
    return true;
}

bool JsonTreeBuilder::null() {
    return scalar(Json(nullptr));
}

bool JsonTreeBuilder::boolean(bool value) {
    return scalar(Json(value));
}

bool JsonTreeBuilder::number_integer(Json::number_integer_t value) {
    return scalar(Json(value));
}

bool JsonTreeBuilder::number_unsigned(Json::number_unsigned_t value) {
    return scalar(Json(value));
}

bool JsonTreeBuilder::number_float(Json::number_float_t value, const Json::string_t&) {
    return scalar(Json(value));
}

bool JsonTreeBuilder::string(Json::string_t& value) {
    return scalar(Json(std::move(value)));
}

bool JsonTreeBuilder::binary(Json::binary_t& value) {
    return scalar(Json::binary(std::move(value)));
}

bool JsonTreeBuilder::repeated(Frame& top) {
    constexpr std::size_t kFewKeys = 16;
    const auto& object = top.value->get_ref<const Json::object_t&>();
    if (!top.manyKeys && object.size() < kFewKeys) {
        for (const auto& [key, value] : object)
            if (key == top.key)
                return true;
        return false;
    }
    if (!top.manyKeys) {
        top.manyKeys = std::make_unique<std::unordered_set<std::string>>();
        for (const auto& [key, value] : object)
            top.manyKeys->insert(key);
    }
    return !top.manyKeys->insert(top.key).second;
}

bool JsonTreeBuilder::start_object(std::size_t) {
    return open(Json::object());
}

bool JsonTreeBuilder::key(Json::string_t& key) {
    Frame& top = m_stack.back();
    top.key = std::move(key);
    if (repeated(top)) {
        m_duplicates.push_back(makeProblem(
            placeOfNext(m_stack.size() - 1), kContext,
            SDS_TRANSLATE_NOOP("Validation", "the key \"%1\" is given twice; keep only one"),
            {top.key}));
        // Keep reading (to report every repeated key), into a value that is thrown away.
        top.key += '\0';
        top.key += std::to_string(m_duplicates.size());
    }
    return true;
}

bool JsonTreeBuilder::end_object() {
    return close();
}

bool JsonTreeBuilder::start_array(std::size_t) {
    return open(Json::array());
}

bool JsonTreeBuilder::end_array() {
    return close();
}

bool JsonTreeBuilder::parse_error(std::size_t bytes, const std::string&,
                                  const Json::exception& error) {
    m_stop = Stop::SyntaxError;
    m_errorBytes = bytes;
    m_errorWhat = error.what();
    return false;
}

} // namespace studio::core::format
