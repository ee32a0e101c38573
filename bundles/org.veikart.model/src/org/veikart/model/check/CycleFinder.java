package org.veikart.model.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds cycles in a directed graph given by root nodes and a successor function (nodes compared by
 * identity). Uses Tarjan's strongly connected components, iteratively, so deep graphs cannot
 * overflow the stack. Each component that holds a cycle and at least one root yields exactly one
 * cycle: the shortest path from its earliest root back to that root, e.g. {@code [a, b, a]}.
 */
final class CycleFinder<T>
{
	private final Function<T, List<T>> successors;
	private final Map<T, Integer> index = new IdentityHashMap<>();
	private final Map<T, Integer> low = new IdentityHashMap<>();
	private final Deque<T> stack = new ArrayDeque<>();
	private final Set<T> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
	private final List<Set<T>> components = new ArrayList<>();
	private int counter;

	private CycleFinder(Function<T, List<T>> successors)
	{
		this.successors = successors;
	}

	/** @return one cycle per cyclic component reachable from and containing a root, in root order */
	static <T> List<List<T>> cycles(List<T> roots, Function<T, List<T>> successors)
	{
		CycleFinder<T> finder = new CycleFinder<>(successors);
		for (T root : roots)
		{
			if (!finder.index.containsKey(root))
			{
				finder.visit(root);
			}
		}
		List<List<T>> cycles = new ArrayList<>();
		Set<Set<T>> done = Collections.newSetFromMap(new IdentityHashMap<>());
		for (T root : roots)
		{
			for (Set<T> component : finder.components)
			{
				if (component.contains(root) && done.add(component))
				{
					cycles.add(finder.shortestCycle(root, component));
				}
			}
		}
		return cycles;
	}

	private record Frame<T>(T node, Iterator<T> next)
	{
	}

	private void visit(T start)
	{
		Deque<Frame<T>> frames = new ArrayDeque<>();
		open(start, frames);
		while (!frames.isEmpty())
		{
			Frame<T> frame = frames.peek();
			if (frame.next().hasNext())
			{
				T successor = frame.next().next();
				if (!index.containsKey(successor))
				{
					open(successor, frames);
				}
				else if (onStack.contains(successor))
				{
					low.put(frame.node(), Math.min(low.get(frame.node()), index.get(successor)));
				}
				continue;
			}
			frames.pop();
			if (!frames.isEmpty())
			{
				T parent = frames.peek().node();
				low.put(parent, Math.min(low.get(parent), low.get(frame.node())));
			}
			if (low.get(frame.node()).equals(index.get(frame.node())))
			{
				closeComponent(frame.node());
			}
		}
	}

	private void open(T node, Deque<Frame<T>> frames)
	{
		index.put(node, counter);
		low.put(node, counter++);
		stack.push(node);
		onStack.add(node);
		frames.push(new Frame<>(node, successors.apply(node).iterator()));
	}

	private void closeComponent(T head)
	{
		Set<T> component = Collections.newSetFromMap(new IdentityHashMap<>());
		T node;
		do
		{
			node = stack.pop();
			onStack.remove(node);
			component.add(node);
		}
		while (node != head);
		if (component.size() > 1 || successors.apply(head).stream().anyMatch(s -> s == head))
		{
			components.add(component);
		}
	}

	/** Breadth-first search from {@code start} inside {@code component} back to {@code start}. */
	private List<T> shortestCycle(T start, Set<T> component)
	{
		Map<T, T> parent = new IdentityHashMap<>();
		Deque<T> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty())
		{
			T node = queue.poll();
			for (T successor : successors.apply(node))
			{
				if (successor == start)
				{
					LinkedList<T> path = new LinkedList<>(List.of(start));
					for (T step = node; step != start; step = parent.get(step))
					{
						path.addFirst(step);
					}
					path.addFirst(start);
					return path;
				}
				if (component.contains(successor) && !parent.containsKey(successor))
				{
					parent.put(successor, node);
					queue.add(successor);
				}
			}
		}
		throw new IllegalStateException("component without cycle");
	}
}
