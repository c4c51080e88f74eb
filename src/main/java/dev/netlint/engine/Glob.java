package dev.netlint.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A file glob with the syntax of {@code java.nio}'s {@code glob:} matcher ({@code *} within a directory, {@code **}
 * across directories, {@code ?}, {@code [a-z]}, {@code [!a]}, {@code {a,b}}, {@code \} escapes), matched by
 * simulating its automaton: time is at most the path's length times the glob's, whatever the glob. The JDK turns a
 * glob into a backtracking regular expression, so a glob such as {@code **a**a**a**b} from a suppressions file or a
 * pom could keep the build busy for hours on one long file name.
 */
public final class Glob {

    /** Longer globs are refused: no real one comes near, and the automaton grows with the glob. */
    public static final int MAX_LENGTH = 1024;
    /** Most alternatives in the {@code {a,b,...}} groups of one glob. */
    private static final int MAX_ALTERNATIVES = 256;

    private final String text;
    /** The automaton's states; state {@code states.size()} accepts. */
    private final List<State> states;

    /**
     * One state: it consumes one character that {@code accepts} (and moves to {@code next}), or with {@code split}
     * moves without consuming to each state listed.
     */
    private record State(CharClass accepts, int next, int[] split) {
    }

    /** A set of characters: ranges, possibly negated; a path separator never belongs unless {@code slash}. */
    private record CharClass(char[] from, char[] to, boolean negated, boolean slash) {

        static final CharClass ANY_BUT_SLASH = new CharClass(new char[0], new char[0], true, false);
        static final CharClass ANY = new CharClass(new char[0], new char[0], true, true);

        static CharClass literal(char c) {
            return new CharClass(new char[] {c}, new char[] {c}, false, true);
        }

        boolean test(char c) {
            if (c == '/' && !slash) {
                return false;
            }
            boolean in = false;
            for (int i = 0; i < from.length && !in; i++) {
                in = c >= from[i] && c <= to[i];
            }
            return in != negated;
        }
    }

    private Glob(String text, List<State> states) {
        this.text = text;
        this.states = states;
    }

    /**
     * Compiles a glob.
     *
     * @throws IllegalArgumentException saying what is wrong and where (column, 1-based) when it is no glob
     */
    public static Glob compile(String glob) {
        if (glob.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("glob longer than " + MAX_LENGTH + " characters");
        }
        return new Glob(glob, new Compiler(glob).compile());
    }

    public String text() {
        return text;
    }

    /** True when the whole of {@code path} (forward slashes) matches. */
    public boolean matches(String path) {
        BitSet current = new BitSet(states.size() + 1);
        BitSet next = new BitSet(states.size() + 1);
        addClosure(current, 0);
        for (int i = 0; i < path.length() && !current.isEmpty(); i++) {
            char c = path.charAt(i);
            next.clear();
            for (int s = current.nextSetBit(0); s >= 0 && s < states.size(); s = current.nextSetBit(s + 1)) {
                State state = states.get(s);
                if (state.accepts() != null && state.accepts().test(c)) {
                    addClosure(next, state.next());
                }
            }
            BitSet swap = current;
            current = next;
            next = swap;
        }
        return current.get(states.size());
    }

    private void addClosure(BitSet set, int start) {
        if (set.get(start)) {
            return;
        }
        set.set(start);
        if (start < states.size() && states.get(start).split() != null) {
            for (int target : states.get(start).split()) {
                addClosure(set, target);
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** Thompson's construction over the glob's characters, following {@code sun.nio.fs.Globs}' reading of them. */
    private static final class Compiler {

        private final String glob;
        private final List<State> states = new ArrayList<>();
        private int at;
        private int alternatives = 1;

        Compiler(String glob) {
            this.glob = glob;
        }

        List<State> compile() {
            List<Integer> open = sequence(false);
            if (at < glob.length()) {
                throw error("unexpected '" + glob.charAt(at) + "'");
            }
            patch(open, -1);
            List<State> done = new ArrayList<>(states.size());
            int accept = states.size();
            for (State state : states) {
                done.add(resolve(state, accept));
            }
            return done;
        }

        /**
         * Compiles elements up to the end, or inside a group up to its {@code ,} or {@code }}; returns the states
         * whose exit still points nowhere (-1), to be patched to what follows.
         */
        private List<Integer> sequence(boolean inGroup) {
            List<Integer> open = new ArrayList<>();
            int entry = -1;
            while (at < glob.length()) {
                char c = glob.charAt(at);
                if (inGroup && (c == ',' || c == '}')) {
                    break;
                }
                int start = states.size();
                List<Integer> exits = element(inGroup);
                if (entry < 0) {
                    entry = start;
                }
                patch(open, start);
                open = exits;
            }
            if (entry < 0) {
                // an empty sequence: a pass-through state keeps the construction uniform
                int pass = add(new State(null, -1, new int[] {-1}));
                open = new ArrayList<>(List.of(pass));
            }
            return open;
        }

        private List<Integer> element(boolean inGroup) {
            char c = glob.charAt(at++);
            switch (c) {
                case '\\' -> {
                    if (at >= glob.length()) {
                        throw error("'\\' at the end escapes nothing");
                    }
                    return single(CharClass.literal(glob.charAt(at++)));
                }
                case '*' -> {
                    boolean across = at < glob.length() && glob.charAt(at) == '*';
                    if (across) {
                        at++;
                    }
                    // split -> (consume -> split) | exit
                    int split = add(null);
                    int consume = add(new State(across ? CharClass.ANY : CharClass.ANY_BUT_SLASH, split, null));
                    states.set(split, new State(null, -1, new int[] {consume, -1}));
                    return new ArrayList<>(List.of(split));
                }
                case '?' -> {
                    return single(CharClass.ANY_BUT_SLASH);
                }
                case '[' -> {
                    return single(bracket());
                }
                case '{' -> {
                    if (inGroup) {
                        throw error("groups cannot be nested");
                    }
                    return group();
                }
                default -> {
                    return single(CharClass.literal(c));
                }
            }
        }

        private List<Integer> single(CharClass accepts) {
            return new ArrayList<>(List.of(add(new State(accepts, -1, null))));
        }

        private List<Integer> group() {
            int split = add(null);
            List<Integer> starts = new ArrayList<>();
            List<Integer> exits = new ArrayList<>();
            while (true) {
                starts.add(states.size());
                exits.addAll(sequence(true));
                if (at >= glob.length()) {
                    throw error("'{' without its '}'");
                }
                if (glob.charAt(at++) == '}') {
                    break;
                }
            }
            alternatives = Math.multiplyExact(alternatives, starts.size());
            if (alternatives > MAX_ALTERNATIVES) {
                throw error("more than " + MAX_ALTERNATIVES + " alternatives in its {...} groups");
            }
            states.set(split, new State(null, -1, starts.stream().mapToInt(Integer::intValue).toArray()));
            return exits;
        }

        /** {@code [...]} as the JDK reads it: {@code !} negates, ranges with {@code -}, never a {@code /}. */
        private CharClass bracket() {
            boolean negated = false;
            StringBuilder from = new StringBuilder();
            StringBuilder to = new StringBuilder();
            if (at < glob.length() && glob.charAt(at) == '^') {
                from.append('^');
                to.append('^');
                at++;
            } else {
                if (at < glob.length() && glob.charAt(at) == '!') {
                    negated = true;
                    at++;
                }
                if (at < glob.length() && glob.charAt(at) == '-') {
                    from.append('-');
                    to.append('-');
                    at++;
                }
            }
            boolean rangeStart = false;
            char last = 0;
            boolean closed = false;
            while (at < glob.length()) {
                char c = glob.charAt(at++);
                if (c == ']') {
                    closed = true;
                    break;
                }
                if (c == '/') {
                    throw error("'/' inside [...]");
                }
                if (c == '-') {
                    if (!rangeStart) {
                        throw error("a range without its start");
                    }
                    if (at >= glob.length()) {
                        break;
                    }
                    char end = glob.charAt(at++);
                    if (end == ']') {
                        from.append('-');
                        to.append('-');
                        closed = true;
                        break;
                    }
                    if (end == '\\' || end == '[') {
                        throw error("a range ending in '" + end + "', which java.nio refuses too");
                    }
                    if (end < last) {
                        throw error("a range that runs backwards");
                    }
                    to.setCharAt(to.length() - 1, end);
                    rangeStart = false;
                } else {
                    from.append(c);
                    to.append(c);
                    rangeStart = true;
                    last = c;
                }
            }
            if (!closed) {
                throw error("'[' without its ']'");
            }
            if (from.length() == 0) {
                throw error("an empty [...]");
            }
            return new CharClass(from.toString().toCharArray(), to.toString().toCharArray(), negated, false);
        }

        private int add(State state) {
            states.add(state);
            return states.size() - 1;
        }

        /** Points every open exit (a consuming state's next, or a split's -1 branch) at {@code target}. */
        private void patch(List<Integer> open, int target) {
            for (int index : open) {
                State state = states.get(index);
                if (state.split() != null) {
                    int[] split = state.split().clone();
                    for (int i = 0; i < split.length; i++) {
                        if (split[i] == -1) {
                            split[i] = target;
                        }
                    }
                    states.set(index, new State(null, -1, split));
                } else {
                    states.set(index, new State(state.accepts(), target, null));
                }
            }
        }

        /** -1 left at the end means "accept". */
        private static State resolve(State state, int accept) {
            if (state.split() != null) {
                int[] split = state.split().clone();
                for (int i = 0; i < split.length; i++) {
                    if (split[i] == -1) {
                        split[i] = accept;
                    }
                }
                return new State(null, -1, split);
            }
            return new State(state.accepts(), state.next() == -1 ? accept : state.next(), null);
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("glob '" + glob + "' has " + what + " (column " + at + ")");
        }
    }
}
