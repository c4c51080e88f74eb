package dev.netlint.read.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * A class-loading probe: every class name anything asks this loader for is recorded before the request is passed
 * on to the parent. Used as the loader netlint resolves model-named classes through, it shows which classes a read
 * tried to load, whatever the error text says.
 */
public final class RecordingClassLoader extends ClassLoader {

    private final List<String> requested = new ArrayList<>();

    public RecordingClassLoader(ClassLoader parent) {
        super("recording-probe", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (requested) {
            requested.add(name);
        }
        return super.loadClass(name, resolve);
    }

    public List<String> requested() {
        synchronized (requested) {
            return List.copyOf(requested);
        }
    }
}
