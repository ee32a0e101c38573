package org.veikart.dsl.serializer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.serializer.ISerializationContext;
import org.eclipse.xtext.serializer.acceptor.SequenceFeeder;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraint;
import org.eclipse.xtext.serializer.analysis.ISemanticSequencerNfaProvider.ISemState;
import org.eclipse.xtext.serializer.sequencer.BacktrackingSemanticSequencer;
import org.eclipse.xtext.serializer.sequencer.ISemanticNodeProvider.INodesForEObjectProvider;
import org.eclipse.xtext.util.formallang.NfaUtil;

import com.google.inject.Inject;

/**
 * The generic serializer with one preference added: when the next value of a list can either
 * continue the current clause or start a new one ({@code partners a, b} versus
 * {@code partners a  partners b}), it continues the clause. Both forms parse to the same model; this
 * only makes text written from a model without node model (an import, a diagram edit) read naturally.
 * Where a node model exists, its choice wins as before.
 * <p>
 * The search itself is the one of {@link BacktrackingSemanticSequencer}; only the order in which it
 * tries the next states differs: after a value of feature F, the states that assign F again come
 * first, the latest in the grammar (the continuation {@code ',' x}) before the earlier ones.
 */
public class ListKeepingSequencer extends BacktrackingSemanticSequencer {

	@Inject
	private IGrammarConstraintProvider constraintProvider;

	@Inject
	private IGrammarAccess grammarAccess;

	@Override
	public void createSequence(ISerializationContext context, EObject object) {
		INodesForEObjectProvider nodes = nodeProvider.getNodesForSemanticObject(object, null);
		IConstraint constraint = constraintProvider.getConstraints(grammarAccess.getGrammar()).get(context);
		if (constraint == null) {
			throw new IllegalStateException("Invalid context: " + context);
		}
		SerializableObject serializable = new SerializableObject(context, object, nodes);
		List<TraceItem> trace = new NfaUtil().backtrack(constraint.getNfa(), new TraceItem(serializable),
				new NfaUtil.BacktrackHandler<ISemState, TraceItem>() {
					@Override
					public TraceItem handle(ISemState state, TraceItem previous) {
						if (!previous.canEnter(state)) {
							return null;
						}
						return state.getFeature() != null ? previous.cloneAndConsume(state) : previous.clone(state);
					}

					@Override
					public boolean isSolution(TraceItem result) {
						return result.isConsumed();
					}

					@Override
					public Iterable<ISemState> sortFollowers(TraceItem result, Iterable<ISemState> followers) {
						return sort(serializable, result, followers);
					}
				});
		SequenceFeeder feeder = feederProvider.create(context, object, nodes, masterSequencer, sequenceAcceptor,
				errorAcceptor);
		if (trace != null) {
			for (TraceItem item : trace) {
				if (item.getState() != null && item.getState().getFeature() != null) {
					accept(item, feeder);
				}
			}
		} else if (errorAcceptor != null) {
			errorAcceptor.accept(diagnosticProvider.createBacktrackingFailedDiagnostic(serializable, context, constraint));
		}
		feeder.finish();
	}

	private List<ISemState> sort(SerializableObject object, TraceItem current, Iterable<ISemState> followers) {
		AbstractElement next = current.getNextGrammarElement();
		List<ISemState> sorted = new ArrayList<>();
		followers.forEach(sorted::add);
		sorted.sort(createFollowerSorter(object, next));
		ISemState last = current.getState();
		if (next != null || last == null || last.getFeature() == null) {
			return sorted; // the node model decides, or nothing was written yet
		}
		List<ISemState> continuing = new ArrayList<>();
		List<ISemState> others = new ArrayList<>();
		for (ISemState state : sorted) {
			(state.getFeature() == last.getFeature() ? continuing : others).add(state);
		}
		continuing.sort(Comparator.comparingInt(ISemState::getOrderID).reversed());
		continuing.addAll(others);
		return continuing;
	}
}
