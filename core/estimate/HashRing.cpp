#include "estimate/HashRing.h"

#include "estimate/Checksums.h"
#include "estimate/QuantityFormat.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace studio::core::estimate {

namespace {

Message say(const char* text, std::vector<std::string> args) {
    return Message{"Estimate", text, std::move(args)};
}

Problem problem(const char* key, const char* text, std::vector<std::string> args) {
    return makeProblem(key, "Estimate", text, std::move(args));
}

std::optional<std::uint64_t> wholeNumber(std::string_view text) {
    std::uint64_t value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || parsed.ec != std::errc() || parsed.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

// "A:100", "A=100" or "A" (hashed).
Result<RingNode> readNode(const char* key, std::string_view item, std::uint64_t size) {
    const auto separator = item.find_first_of(":=");
    if (separator == std::string_view::npos)
        return RingNode{std::string(item), ringPosition(item, size)};
    const std::string_view name = item.substr(0, separator);
    const auto position = wholeNumber(item.substr(separator + 1));
    if (name.empty() || !position || *position >= size)
        return problem(key,
                       SDS_TRANSLATE_NOOP("Estimate", "expected NAME:POSITION with a position "
                                                      "from 0 to %1 (e.g. A:100), got %2"),
                       {std::to_string(size - 1), std::string(item)});
    return RingNode{std::string(name), *position};
}

std::string arcText(const MovedArc& arc) {
    return "(" + std::to_string(arc.from) + ", " + std::to_string(arc.to) + "]";
}

} // namespace

bool HashRing::add(RingNode node) {
    if (node.position >= m_size)
        return false;
    for (const RingNode& existing : m_nodes)
        if (existing.name == node.name || existing.position == node.position)
            return false;
    const auto at = std::lower_bound(m_nodes.begin(), m_nodes.end(), node.position,
                                     [](const RingNode& existing, std::uint64_t position) {
                                         return existing.position < position;
                                     });
    m_nodes.insert(at, std::move(node));
    return true;
}

bool HashRing::remove(std::string_view name) {
    const auto at = std::find_if(m_nodes.begin(), m_nodes.end(),
                                 [&](const RingNode& node) { return node.name == name; });
    if (at == m_nodes.end())
        return false;
    m_nodes.erase(at);
    return true;
}

const RingNode* HashRing::owner(std::uint64_t position) const {
    if (m_nodes.empty())
        return nullptr;
    for (const RingNode& node : m_nodes)
        if (node.position >= position)
            return &node;
    return &m_nodes.front(); // wraps around past the last position
}

std::uint64_t ringPosition(std::string_view key, std::uint64_t size) {
    return crc32(key) % size;
}

std::vector<MovedArc> movedArcs(const HashRing& before, const HashRing& after) {
    std::vector<std::uint64_t> bounds;
    for (const HashRing* ring : {&before, &after})
        for (const RingNode& node : ring->nodes())
            bounds.push_back(node.position);
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    std::vector<MovedArc> arcs;
    if (bounds.empty() || before.nodes().empty() || after.nodes().empty())
        return arcs;
    // Between two neighbouring bounds every position has one owner in each ring: the owner
    // of the arc's end.
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        const std::uint64_t from = bounds[(i + bounds.size() - 1) % bounds.size()];
        const std::uint64_t to = bounds[i];
        const std::string& was = before.owner(to)->name;
        const std::string& is = after.owner(to)->name;
        if (was == is)
            continue;
        const std::uint64_t positions =
            bounds.size() == 1 ? before.size() : (to + before.size() - from) % before.size();
        if (!arcs.empty() && arcs.back().to == from && arcs.back().before == was &&
            arcs.back().after == is) {
            arcs.back().to = to;
            arcs.back().positions += positions;
        } else {
            arcs.push_back({from, to, positions, was, is});
        }
    }
    return arcs;
}

namespace {

// The ring of the question's nodes; a problem for each bad or clashing node.
HashRing ringOf(const RingQuestion& question, Problems& problems) {
    HashRing ring(question.size);
    for (const std::string& item : question.nodes) {
        auto node = readNode("nodes", item, question.size);
        if (!node.ok()) {
            problems.insert(problems.end(), node.problems().begin(), node.problems().end());
        } else if (!ring.add(node.value())) {
            problems.push_back(
                problem("nodes",
                        SDS_TRANSLATE_NOOP("Estimate", "%1: another node has its name or its "
                                                       "position %2"),
                        {node.value().name, std::to_string(node.value().position)}));
        }
    }
    return ring;
}

// The ring after the question's `add` and `remove`, and a line for each change in `change`.
HashRing changedRing(const RingQuestion& question, const HashRing& ring,
                     std::vector<Message>& change, Problems& problems) {
    HashRing changed = ring;
    if (!question.add.empty()) {
        auto node = readNode("add", question.add, question.size);
        if (!node.ok())
            problems.insert(problems.end(), node.problems().begin(), node.problems().end());
        else if (!changed.add(node.value()))
            problems.push_back(problem(
                "add", SDS_TRANSLATE_NOOP("Estimate", "%1: a node has its name or its position %2"),
                {node.value().name, std::to_string(node.value().position)}));
        else
            change.push_back(say(SDS_TRANSLATE_NOOP("Estimate", "%1 joins at %2"),
                                 {node.value().name, std::to_string(node.value().position)}));
    }
    if (!question.remove.empty()) {
        if (!changed.remove(question.remove))
            problems.push_back(problem(
                "remove", SDS_TRANSLATE_NOOP("Estimate", "no node called %1"), {question.remove}));
        else if (changed.nodes().empty())
            problems.push_back(problem("remove",
                                       SDS_TRANSLATE_NOOP("Estimate", "%1 is the last node"),
                                       {question.remove}));
        else
            change.push_back(say(SDS_TRANSLATE_NOOP("Estimate", "%1 leaves"), {question.remove}));
    }
    return changed;
}

// Each key's position and owner, and its owner after the change when `changed` is given;
// the keys that change owner counted in `movedKeys`. A problem for a position off the ring.
std::optional<Problem> placeKeys(const RingQuestion& question, const HashRing& ring,
                                 const HashRing* changed, Calculation& result, double& movedKeys) {
    for (const std::string& key : question.keys) {
        const auto position = wholeNumber(key);
        if (position && *position >= question.size)
            return problem("keys",
                           SDS_TRANSLATE_NOOP("Estimate", "position %1 is off the ring (0 to %2)"),
                           {key, std::to_string(question.size - 1)});
        const std::uint64_t at = position ? *position : ringPosition(key, question.size);
        const std::string& owner = ring.owner(at)->name;
        result.outputs.push_back(
            {"position:" + key, static_cast<double>(at), Dimension::Count, "", 0, false});
        result.outputs.push_back({"owner:" + key, 0, Dimension::Text, "", 3, false, owner});
        if (position)
            result.formula.push_back(
                say(SDS_TRANSLATE_NOOP("Estimate", "key at %1 -> %2 (the first node clockwise)"),
                    {key, owner}));
        else
            result.formula.push_back(
                say(SDS_TRANSLATE_NOOP("Estimate", "key \"%1\": CRC-32 %2 mod %3 = %4 -> %5"),
                    {key, std::to_string(crc32(key)), std::to_string(question.size),
                     std::to_string(at), owner}));
        if (changed) {
            const std::string& after = changed->owner(at)->name;
            movedKeys += after != owner ? 1 : 0;
            result.outputs.push_back(
                {"owner_after:" + key, 0, Dimension::Text, "", 3, false, after});
        }
    }
    return std::nullopt;
}

// The arcs of positions that change owner, and their share of the ring.
void reportMoves(const RingQuestion& question, const HashRing& ring, const HashRing& changed,
                 const std::vector<Message>& change, double movedKeys, Calculation& result) {
    double moved = 0;
    for (const Message& line : change)
        result.formula.push_back(line);
    for (const MovedArc& arc : movedArcs(ring, changed)) {
        moved += static_cast<double>(arc.positions);
        result.formula.push_back(
            say(SDS_TRANSLATE_NOOP("Estimate", "positions %1 (%2) move from %3 to %4"),
                {arcText(arc), std::to_string(arc.positions), arc.before, arc.after}));
    }
    const double fraction = moved / static_cast<double>(question.size);
    result.formula.push_back(
        say(SDS_TRANSLATE_NOOP("Estimate", "%1 of %2 positions move (%3); nothing else moves"),
            {formatNumber(moved), std::to_string(question.size),
             formatQuantity(fraction, Dimension::Fraction)}));
    result.outputs.push_back({"moved_positions", moved, Dimension::Count, "", 0, false});
    result.outputs.push_back({"moved_fraction", fraction, Dimension::Fraction, "", 3, false});
    if (!question.keys.empty())
        result.outputs.push_back({"moved_keys", movedKeys, Dimension::Count, "", 0, false});
}

} // namespace

Result<Calculation> consistentHashing(const RingQuestion& question) {
    Problems problems;
    const HashRing ring = ringOf(question, problems);
    std::vector<Message> change;
    const HashRing changed = changedRing(question, ring, change, problems);
    if (ring.nodes().empty() && problems.empty())
        problems.push_back(
            problem("nodes", SDS_TRANSLATE_NOOP("Estimate", "the ring has no nodes"), {}));
    if (!problems.empty())
        return problems;

    Calculation result;
    result.calculator = "ring";
    const bool changes = !change.empty();
    double movedKeys = 0;
    if (auto offRing = placeKeys(question, ring, changes ? &changed : nullptr, result, movedKeys))
        return *offRing;
    if (changes)
        reportMoves(question, ring, changed, change, movedKeys, result);
    result.notes = {
        say(SDS_TRANSLATE_NOOP("Estimate", "a named key's position is CRC-32 (zlib) of its bytes "
                                           "mod the ring size"),
            {})};
    return result;
}

} // namespace studio::core::estimate
